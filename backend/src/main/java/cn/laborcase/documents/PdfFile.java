package cn.laborcase.documents;

/** A document's PDF with its name and SHA-256 (hex). */
public record PdfFile(String fileName, byte[] content, String sha256) {}
