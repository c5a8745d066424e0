package cn.laborcase.documents.render;

/** A laid-out PDF: its bytes and number of pages. */
public record RenderedPdf(byte[] bytes, int pages) {}
