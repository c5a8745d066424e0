package cn.laborcase.documents;

/**
 * 受送达人: someone the document is served on.
 *
 * @param role e.g. 投诉人, 被投诉单位, 申请人, 被申请人
 * @param email his e-mail address, if known
 * @param emailConsent he confirmed {@code email} for service in writing (送达地址确认书): only then is the document
 *     served by e-mail (电子送达, 民事诉讼法 §90); otherwise it is printed and served directly or by post
 */
public record Recipient(String name, String role, String address, String email, boolean emailConsent) {

    /** A recipient without consent to electronic service: the document is printed for him. */
    public Recipient(String name, String role, String address, String email) {
        this(name, role, address, email, false);
    }
}
