package cn.laborcase.documents;

/**
 * 送达方式, after 《中华人民共和国民事诉讼法》 §§87–95, which administrative (行政处罚法 §61) and arbitral service
 * follow.
 */
public enum ServiceMethod {
    /** 直接送达 (§88): handed over, signed for by the recipient or an adult family member / the organisation. */
    DIRECT("直接送达"),
    /** 邮寄送达 (§91): by post; the tracking number identifies the item. */
    POST("邮寄送达"),
    /** 电子送达 (§90): by e-mail, only with the recipient's consent (送达地址确认书); served when it reaches his system. */
    EMAIL("电子送达"),
    /** 留置送达 (§89): refused; left at the residence before a witness, or recorded by photo or video. */
    LEFT("留置送达"),
    /** 公告送达 (§95): recipient unreachable; deemed served thirty days after publication. */
    PUBLIC_NOTICE("公告送达");

    private final String label;

    ServiceMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
