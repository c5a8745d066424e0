package cn.laborcase.documents.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the table directory of an sfnt font file (OpenType spec, "Table Directory") to tell a TrueType font with
 * {@code glyf} outlines, which PDFBox can embed, from everything it cannot: OpenType/CFF ({@code OTTO}, a {@code CFF }
 * table), collections ({@code ttcf}), WOFF/WOFF2, or no font at all.
 */
final class FontCheck {

    private static final int TRUETYPE = 0x00010000;
    private static final int TRUE = 0x74727565; // 'true', old Apple TrueType

    private FontCheck() {}

    /** @return null if the bytes are a TrueType font PDFBox can embed, otherwise why not */
    static String problem(byte[] font) {
        if (font.length < 12) {
            return "not a font file (" + font.length + " bytes)";
        }
        ByteBuffer in = ByteBuffer.wrap(font);
        int tag = in.getInt(0);
        String text = new String(font, 0, 4, StandardCharsets.ISO_8859_1);
        switch (text) {
            case "OTTO" -> {
                return "an OpenType font with CFF outlines (no glyf table); PDFBox embeds TrueType (glyf) outlines only";
            }
            case "ttcf" -> {
                return "a TrueType collection (.ttc); a single .ttf is expected";
            }
            case "wOFF", "wOF2" -> {
                return "a WOFF web font; PDFBox needs the plain TrueType file";
            }
            default -> {
                if (tag != TRUETYPE && tag != TRUE) {
                    return "not a TrueType font (sfnt version 0x" + Integer.toHexString(tag) + ")";
                }
            }
        }
        int tables = Short.toUnsignedInt(in.getShort(4));
        if (font.length < 12 + 16 * tables) {
            return "a truncated font file";
        }
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < tables; i++) {
            tags.add(new String(font, 12 + 16 * i, 4, StandardCharsets.ISO_8859_1));
        }
        if (tags.contains("CFF ") || tags.contains("CFF2")) {
            return "a font with CFF outlines; PDFBox embeds TrueType (glyf) outlines only";
        }
        for (String required : new String[] {"glyf", "loca", "cmap", "head", "hmtx"}) {
            if (!tags.contains(required)) {
                return "a font without a " + required + " table; PDFBox embeds TrueType (glyf) outlines only";
            }
        }
        return null;
    }
}
