package cn.laborcase.shared;

/**
 * A business rule refused a request. Carries a stable machine code and a message a clerk understands (Chinese); the
 * web layer turns it into an RFC 9457 problem with the matching status.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
