package cn.laborcase.shared;

/** The user may see the record but not do this with it: 403. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String code, String message) {
        super(code, message);
    }
}
