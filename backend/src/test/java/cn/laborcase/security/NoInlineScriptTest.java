package cn.laborcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy ({@link SecurityHeaders}) refuses inline scripts and style elements: a template that
 * used one would silently stop working in the browser. Behaviour goes into {@code static/js}, with
 * {@code data-confirm} and {@code data-autosubmit} for the two common cases.
 */
class NoInlineScriptTest {

    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=\\s*\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ELEMENT = Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile("href\\s*=\\s*\"javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void pagesHaveNoInlineScriptsHandlersOrStyleElements() throws IOException {
        List<String> offences = new ArrayList<>();
        // the page templates; the document templates (top-level templates/) become PDFs, never pages
        Path pages = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern p : List.of(INLINE_SCRIPT, EVENT_HANDLER, STYLE_ELEMENT, SCRIPT_URL)) {
                    Matcher m = p.matcher(html);
                    while (m.find()) {
                        offences.add(pages.relativize(file) + ": " + m.group().strip());
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }
}
