package cn.laborcase.documents.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Chinese fonts of the documents. The files are put on the classpath by the Maven build (download-maven-plugin,
 * from the npm registry, pinned by SHA-256); {@link #load} checks each at start-up and fails with a clear message if
 * one is missing or not TrueType.
 *
 * <p>Why the fonts are cut: a CJK font holds about 30,000 glyphs (10–15 MB). Parsed, one takes 45 MB of heap, and
 * PDFBox builds per-glyph tables (widths, CID maps) for the whole font every time a document embeds it, which cost
 * more than laying out the document. So each face is parsed once, at start-up, cut down to {@link #COMMON} (GB 2312's
 * 6,763 hanzi, its symbols and ASCII: about 7,500 glyphs, 3–5 MB), and the full font is let go. A document written in
 * those characters (nearly all) embeds from the cut; one with a rarer character (a name in GBK or Extension A, say)
 * embeds from the full font, parsed again on demand and kept while memory allows. Either way PDFBox embeds only the
 * glyphs the document uses (a subset) when it saves.
 *
 * <p>Sharing across threads is safe in PDFBox 3.0.8 once every table has been read: glyph and raw-table reads are
 * synchronised, subsetting reads from a fresh stream over the font bytes, and table parsing (the one unsynchronised
 * step) happens here, before a font is shared ({@link #warm}). GSUB is switched off: Chinese text needs no glyph
 * substitution, and PDFBox's GSUB pass for Latin runs regular expressions over every string drawn.
 */
public final class DocumentFonts {

    /** Body text and titles (bold): the 宋体-like face, closest to what GB/T 9704 asks for. */
    public static final String SERIF = "Noto Serif SC";

    /** Labels and the footer: the 黑体-like face. */
    public static final String SANS = "Noto Sans SC";

    static final List<Face> FACES = List.of(
            new Face("fonts/NotoSerifSC_400Regular.ttf", SERIF, 400),
            new Face("fonts/NotoSerifSC_700Bold.ttf", SERIF, 700),
            new Face("fonts/NotoSansSC_400Regular.ttf", SANS, 400));

    /** GB 2312's hanzi (levels 1 and 2) and symbols (rows 1–9: punctuation, 〔〕, full-width forms), with ASCII. */
    static final Set<Integer> COMMON = common();

    /** The tables PDFBox and the layout read; GSUB, GPOS, vertical metrics and the like are left out of a cut. */
    private static final List<String> TABLES =
            List.of("head", "hhea", "maxp", "name", "OS/2", "glyf", "loca", "cmap", "hmtx", "post");

    private final List<Loaded> fonts;

    private DocumentFonts(List<Loaded> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /**
     * Reads, checks and cuts every face; fails with a message that says what is wrong and how to fix it, so that a
     * missing or unusable font stops the application at start-up rather than at the first document.
     */
    public static DocumentFonts load(ClassLoader classLoader) {
        return load(classLoader, FACES);
    }

    static DocumentFonts load(ClassLoader classLoader, List<Face> faces) {
        List<Loaded> loaded = new ArrayList<>();
        for (Face face : faces) {
            FullFont full = new FullFont(classLoader, face);
            TrueTypeFont ttf = full.parse();
            try {
                TrueTypeFont common = subset(ttf, COMMON);
                warm(common);
                loaded.add(new Loaded(face, common, full));
            } catch (IOException | RuntimeException e) {
                throw new FontUnavailableException(
                        "Document font " + face.resource() + " cannot be cut to the GB 2312 characters: "
                                + e.getMessage(),
                        e);
            }
        }
        return new DocumentFonts(loaded);
    }

    /**
     * Offers every face to the layout engine; a face is embedded (as a subset) only if the document uses it.
     *
     * @param text the document's source (its XHTML): the characters it can show
     */
    public void register(PdfRendererBuilder builder, PDDocument document, String text) {
        Set<Integer> characters = characters(text);
        boolean common = COMMON.containsAll(characters);
        for (Loaded font : fonts) {
            builder.useFont(
                    new Embedding(document, common ? null : font.full(), font.common(), characters),
                    font.face().family(),
                    font.face().weight(),
                    FontStyle.NORMAL,
                    true);
        }
    }

    /** The cut of a family and weight, e.g. for drawing with PDFBox directly (the benchmark's baseline). */
    public TrueTypeFont font(String family, int weight) {
        return fonts.stream()
                .filter(f -> f.face().family().equals(family) && f.face().weight() == weight)
                .map(Loaded::common)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document font " + family + " " + weight));
    }

    public List<String> describe() {
        return fonts.stream()
                .map(f -> {
                    try {
                        return f.face().family() + " " + f.face().weight() + " ("
                                + f.face().resource() + ", " + f.common().getNumberOfGlyphs() + " glyphs kept)";
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    /** The characters a document from this text can show (its own, plus what the layout may generate). */
    static Set<Integer> characters(String text) {
        Set<Integer> characters = new HashSet<>();
        text.codePoints().filter(c -> c >= 0x20).forEach(characters::add);
        // generated content (page numbers), entities resolved by the parser, spaces the layout may insert
        for (int c = 0x20; c <= 0x7E; c++) {
            characters.add(c);
        }
        characters.add(0xA0);
        characters.add(0x3000);
        return characters;
    }

    private static Set<Integer> common() {
        Set<Integer> characters = new HashSet<>();
        Charset gb2312 = Charset.forName("GB2312");
        for (int row = 0xA1; row <= 0xF7; row++) {
            for (int cell = 0xA1; cell <= 0xFE; cell++) {
                String decoded = new String(new byte[] {(byte) row, (byte) cell}, gb2312);
                if (decoded.length() == 1 && decoded.charAt(0) != '\uFFFD') {
                    characters.add((int) decoded.charAt(0));
                }
            }
        }
        for (int c = 0x20; c <= 0x7E; c++) {
            characters.add(c);
        }
        characters.add(0xA0);
        return Collections.unmodifiableSet(characters);
    }

    /** A TrueType font with only the glyphs of these characters (and the tables in {@link #TABLES}). */
    static TrueTypeFont subset(TrueTypeFont ttf, Set<Integer> characters) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        subsetter.addAll(characters);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        subsetter.writeToStream(out);
        TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(out.toByteArray()));
        subset.setEnableGsub(false);
        return subset;
    }

    /** Reads every table the layout and the subsetter use, so that no two threads ever parse one lazily. */
    private static void warm(TrueTypeFont ttf) throws IOException {
        ttf.getHeader();
        ttf.getHorizontalHeader();
        ttf.getHorizontalMetrics();
        ttf.getMaximumProfile();
        ttf.getPostScript();
        ttf.getOS2Windows();
        ttf.getNaming();
        ttf.getIndexToLocation();
        ttf.getGlyph();
        ttf.getCmap();
        ttf.getKerning();
        ttf.getUnicodeCmapLookup();
        ttf.getUnicodeCmapLookup(false);
        ttf.getName();
        ttf.getFontBBox();
        ttf.getPath("H");
        ttf.getPath("x");
        if (ttf.getUnicodeCmapLookup().getGlyphId('人') == 0) {
            throw new IOException("the font has no glyph for 人: not a Chinese font");
        }
    }

    /** A font file on the classpath and the CSS family and weight it serves. */
    record Face(String resource, String family, int weight) {}

    /** @param common the face cut to {@link #COMMON}; what nearly every document embeds from */
    private record Loaded(Face face, TrueTypeFont common, FullFont full) {}

    /** The whole face: parsed at start-up for the check and the cut, then again only when a document needs it. */
    private static final class FullFont {

        private final ClassLoader classLoader;
        private final Face face;
        private SoftReference<TrueTypeFont> parsed = new SoftReference<>(null);

        FullFont(ClassLoader classLoader, Face face) {
            this.classLoader = classLoader;
            this.face = face;
        }

        synchronized TrueTypeFont get() {
            TrueTypeFont ttf = parsed.get();
            if (ttf == null) {
                ttf = parse();
                parsed = new SoftReference<>(ttf);
            }
            return ttf;
        }

        TrueTypeFont parse() {
            byte[] bytes = read();
            String problem = FontCheck.problem(bytes);
            if (problem != null) {
                throw new FontUnavailableException("Document font " + face.resource() + " is " + problem
                        + ". The build fetches Noto Sans SC / Noto Serif SC TrueType files from the npm registry"
                        + " (backend/pom.xml, download-maven-plugin); see docs/documents.md.");
            }
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                ttf.setEnableGsub(false);
                warm(ttf);
                return ttf;
            } catch (IOException | RuntimeException e) {
                throw new FontUnavailableException(
                        "Document font " + face.resource() + " cannot be parsed as TrueType: " + e.getMessage(), e);
            }
        }

        private byte[] read() {
            try (InputStream in = classLoader.getResourceAsStream(face.resource())) {
                if (in == null) {
                    throw new FontUnavailableException("Document font " + face.resource()
                            + " is not on the classpath."
                            + " It is fetched by the Maven build from the npm registry (backend/pom.xml,"
                            + " download-maven-plugin, pinned by SHA-256) and never committed: build with"
                            + " ./mvnw -pl backend process-resources (needs the npm registry or a filled"
                            + " ~/.m2/repository/.cache/download-maven-plugin); see docs/documents.md.");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read document font " + face.resource(), e);
            }
        }
    }

    /**
     * Creates the document's PDF font when the layout first needs it: from the cut, or, for a document with
     * characters beyond it, from a cut of the full font to exactly the document's characters.
     */
    private static final class Embedding extends PDFontSupplier {

        private final PDDocument document;
        private final FullFont full;
        private final TrueTypeFont common;
        private final Set<Integer> characters;
        private PDFont font;

        /** @param full null when the document's characters are all in the common cut */
        Embedding(PDDocument document, FullFont full, TrueTypeFont common, Set<Integer> characters) {
            super(null);
            this.document = document;
            this.full = full;
            this.common = common;
            this.characters = characters;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = full == null ? PDType0Font.load(document, common, true) : fromFullFont();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }

        private PDFont fromFullFont() throws IOException {
            if (characters.stream().anyMatch(c -> c > 0xFFFF)) {
                // a cut's cmap covers the Basic Multilingual Plane only: Extension B and beyond need the whole font
                return PDType0Font.load(document, full.get(), true);
            }
            TrueTypeFont own = subset(full.get(), characters);
            document.registerTrueTypeFontForClosing(own);
            return PDType0Font.load(document, own, true);
        }
    }
}
