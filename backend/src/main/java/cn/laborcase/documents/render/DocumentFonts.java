package cn.laborcase.documents.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Chinese fonts of the documents, parsed once per process. Parsing a 10–15 MB CJK font costs more than laying
 * out a whole notice, so every document shares these {@link TrueTypeFont}s and embeds only the glyphs it uses
 * (a subset). The files are put on the classpath by the Maven build (download-maven-plugin, from the npm registry,
 * pinned by SHA-256); nothing here reads the file system.
 *
 * <p>Sharing across threads is safe in PDFBox 3.0.8 once every table has been read: glyph and raw-table reads are
 * synchronised, subsetting reads from a fresh stream over the font bytes, and table parsing (the one unsynchronised
 * step) is done here, up front, by {@link #warm}.
 */
public final class DocumentFonts {

    /** Body text, titles (bold): the 宋体-like face closest to what GB/T 9704 asks for. */
    public static final String SERIF = "Noto Serif SC";

    /** Labels, headings, the footer: the 黑体-like face. */
    public static final String SANS = "Noto Sans SC";

    static final List<Face> FACES = List.of(
            new Face("fonts/NotoSerifSC_400Regular.ttf", SERIF, 400),
            new Face("fonts/NotoSerifSC_700Bold.ttf", SERIF, 700),
            new Face("fonts/NotoSansSC_400Regular.ttf", SANS, 400));

    private final List<Loaded> fonts;

    private DocumentFonts(List<Loaded> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /**
     * Reads and checks every face; fails with a message that says what is wrong and how to fix it, so that a
     * missing or unusable font stops the application at start-up rather than at the first document.
     */
    public static DocumentFonts load(ClassLoader classLoader) {
        return load(classLoader, FACES);
    }

    static DocumentFonts load(ClassLoader classLoader, List<Face> faces) {
        List<Loaded> loaded = new ArrayList<>();
        for (Face face : faces) {
            byte[] bytes = read(classLoader, face.resource());
            String problem = FontCheck.problem(bytes);
            if (problem != null) {
                throw new FontUnavailableException("Document font " + face.resource() + " is " + problem
                        + ". The build fetches Noto Sans SC / Noto Serif SC TrueType files from the npm registry"
                        + " (backend/pom.xml, download-maven-plugin); see docs/documents.md.");
            }
            loaded.add(new Loaded(face, parse(face, bytes)));
        }
        return new DocumentFonts(loaded);
    }

    /** Offers every face to the layout engine; a face is embedded (as a subset) only if the document uses it. */
    public void register(PdfRendererBuilder builder, PDDocument document) {
        for (Loaded font : fonts) {
            builder.useFont(
                    new Embedding(document, font.ttf()),
                    font.face().family(),
                    font.face().weight(),
                    FontStyle.NORMAL,
                    true);
        }
    }

    /** The parsed font of a family and weight, e.g. for drawing with PDFBox directly (the benchmark baseline). */
    public TrueTypeFont font(String family, int weight) {
        return fonts.stream()
                .filter(f -> f.face().family().equals(family) && f.face().weight() == weight)
                .map(Loaded::ttf)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document font " + family + " " + weight));
    }

    public List<String> describe() {
        return fonts.stream()
                .map(f -> f.face().family() + " " + f.face().weight() + " ("
                        + f.face().resource() + ")")
                .toList();
    }

    private static byte[] read(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FontUnavailableException("Document font " + resource + " is not on the classpath."
                        + " It is fetched by the Maven build from the npm registry (backend/pom.xml,"
                        + " download-maven-plugin, pinned by SHA-256) and never committed: build with"
                        + " ./mvnw -pl backend process-resources (needs the npm registry or a filled"
                        + " ~/.m2/repository/.cache/download-maven-plugin); see docs/documents.md.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document font " + resource, e);
        }
    }

    private static TrueTypeFont parse(Face face, byte[] bytes) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            warm(ttf);
            return ttf;
        } catch (IOException | RuntimeException e) {
            throw new FontUnavailableException(
                    "Document font " + face.resource() + " cannot be parsed as TrueType: " + e.getMessage(), e);
        }
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
        ttf.getVerticalHeader();
        ttf.getVerticalMetrics();
        ttf.getVerticalOrigin();
        ttf.getGsub();
        ttf.getGsubData();
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

    private record Loaded(Face face, TrueTypeFont ttf) {}

    /** Creates the document's PDF font from the shared parsed font when the layout first needs it. */
    private static final class Embedding extends PDFontSupplier {

        private final PDDocument document;
        private final TrueTypeFont ttf;
        private PDFont font;

        Embedding(PDDocument document, TrueTypeFont ttf) {
            super(null);
            this.document = document;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }
}
