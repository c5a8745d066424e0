package cn.laborcase.documents.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentTemplatesTest {

    DocumentTemplates templates = new DocumentTemplates(getClass().getClassLoader());

    @Test
    void servesTheTemplatesFolderFromMemoryAndNothingElse() {
        assertThat(new String(templates.resource("laborcase-template:/document.css"), StandardCharsets.UTF_8))
                .contains("@page");
        assertThat(templates.resource("laborcase-template:/../fonts/NotoSansSC_400Regular.ttf"))
                .isNull();
        assertThat(templates.resource("laborcase-template:/no-such.css")).isNull();
        assertThat(templates.resource("file:/etc/passwd")).isNull();
        assertThat(templates.resource("https://example.com/x.css")).isNull();
    }

    @Test
    void theVersionCoversTemplateLayoutAndStylesheet() {
        String version = templates.version("intake/acceptance-notice");
        assertThat(version).matches("[0-9a-f]{64}").isNotEqualTo(templates.version("intake/supplement-notice"));
    }

    @Test
    void aMissingTemplateIsNamed() {
        assertThatThrownBy(() -> templates.process("intake/no-such", Map.of()))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageContaining("document-templates/intake/no-such.xhtml");
    }
}
