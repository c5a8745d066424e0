package cn.laborcase.documents.persistence;

/** A stored file's bytes (MyBatis reads a bare {@code byte[]} result as a list of rows). */
public record StoredBytes(byte[] content) {}
