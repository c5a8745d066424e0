package cn.laborcase.cases.persistence;

/** The stored bytes of one attachment. */
public record AttachmentBytes(byte[] content) {}
