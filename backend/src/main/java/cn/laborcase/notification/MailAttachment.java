package cn.laborcase.notification;

/** A file attached to an e-mail, e.g. the PDF of an issued document. */
public record MailAttachment(String filename, String contentType, byte[] content) {}
