package cn.laborcase.documents.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up check of the document fonts: a missing or unusable font stops the application with a clear message. */
class DocumentFontsTest {

    @TempDir
    Path dir;

    @Test
    void theBuiltFontsAreTrueTypeWithChineseGlyphs() throws IOException {
        DocumentFonts fonts = DocumentFonts.load(getClass().getClassLoader());
        assertThat(fonts.describe()).hasSize(3);
        assertThat(fonts.font(DocumentFonts.SANS, 400).getName()).isEqualTo("NotoSansSC-Regular");
        assertThat(fonts.font(DocumentFonts.SERIF, 700).getName()).isEqualTo("NotoSerifSC-Bold");
    }

    @Test
    void aMissingFontSaysWhereItComesFrom() {
        assertThatThrownBy(() -> DocumentFonts.load(
                        getClass().getClassLoader(), List.of(new DocumentFonts.Face("fonts/NoSuchFont.ttf", "X", 400))))
                .isInstanceOf(FontUnavailableException.class)
                .hasMessageContaining("fonts/NoSuchFont.ttf is not on the classpath")
                .hasMessageContaining("npm registry")
                .hasMessageContaining("docs/documents.md");
    }

    @Test
    void anOpenTypeFontWithCffOutlinesIsRefused() throws IOException {
        assertThatThrownBy(() -> load(sfnt("OTTO", "CFF ", "cmap", "head")))
                .isInstanceOf(FontUnavailableException.class)
                .hasMessageContaining("CFF outlines")
                .hasMessageContaining("TrueType (glyf) outlines only");
    }

    @Test
    void aTrueTypeHeaderWithoutGlyfTableIsRefused() throws IOException {
        assertThatThrownBy(() -> load(sfnt("\0\1\0\0", "cmap", "head", "hmtx")))
                .isInstanceOf(FontUnavailableException.class)
                .hasMessageContaining("without a glyf table");
    }

    @Test
    void collectionsWebFontsAndOtherFilesAreRefused() {
        assertThat(FontCheck.problem("ttcf\0\0\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("collection");
        assertThat(FontCheck.problem("wOF2\0\0\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("WOFF");
        assertThat(FontCheck.problem("<html></html>".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("not a TrueType font");
        assertThat(FontCheck.problem(new byte[3])).contains("not a font file");
    }

    private void load(byte[] font) throws IOException {
        Files.createDirectories(dir.resolve("fonts"));
        Files.write(dir.resolve("fonts/Fake.ttf"), font);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            DocumentFonts.load(loader, List.of(new DocumentFonts.Face("fonts/Fake.ttf", "X", 400)));
        }
    }

    /** An sfnt header with these table tags (and no table data: the check reads the directory only). */
    private static byte[] sfnt(String version, String... tables) {
        ByteBuffer b = ByteBuffer.allocate(12 + 16 * tables.length);
        b.put(version.getBytes(StandardCharsets.ISO_8859_1));
        b.putShort((short) tables.length);
        b.putShort((short) 0).putShort((short) 0).putShort((short) 0);
        for (String tag : tables) {
            b.put(tag.getBytes(StandardCharsets.ISO_8859_1)).putInt(0).putInt(0).putInt(0);
        }
        return b.array();
    }
}
