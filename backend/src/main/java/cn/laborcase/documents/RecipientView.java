package cn.laborcase.documents;

/**
 * A recipient as stored, with its id (service records refer to it).
 *
 * @param emailConsent the recipient confirmed {@code email} for service in writing (送达地址确认书, 民事诉讼法 §90)
 */
public record RecipientView(long id, String name, String role, String address, String email, boolean emailConsent) {

    /** May the document be served on him by e-mail? Only to an address he confirmed for service. */
    public boolean servedByEmail() {
        return email != null && emailConsent;
    }
}
