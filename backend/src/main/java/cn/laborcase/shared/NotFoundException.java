package cn.laborcase.shared;

/** The record does not exist, or the user may not know that it exists (data scope): 404. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("NOT_FOUND", "未找到" + what + "（" + id + "），或您无权查看");
    }
}
