package cn.laborcase.documents;

/**
 * 受送达人: someone the document is served on.
 *
 * @param role e.g. 投诉人, 被投诉单位, 申请人, 被申请人
 * @param email if present, the issued PDF is mailed there
 */
public record Recipient(String name, String role, String address, String email) {}
