package cn.laborcase.shared;

/** The record is not in a state that allows the request, or someone else changed it first: 409. */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message);
    }

    /** Optimistic locking lost: the row's version moved since the user loaded it. */
    public static ConflictException concurrentEdit(String what) {
        return new ConflictException("CONCURRENT_EDIT", what + "已被他人修改，请刷新后重试");
    }
}
