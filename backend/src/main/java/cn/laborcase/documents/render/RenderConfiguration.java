package cn.laborcase.documents.render;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One set of fonts, one template engine, one renderer per process; the fonts are checked at start-up. */
@Configuration(proxyBeanMethods = false)
class RenderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RenderConfiguration.class);

    @Bean
    DocumentFonts documentFonts() {
        DocumentFonts fonts = DocumentFonts.load(RenderConfiguration.class.getClassLoader());
        log.info("document fonts loaded: {}", fonts.describe());
        return fonts;
    }

    @Bean
    DocumentTemplates documentTemplates() {
        return new DocumentTemplates(RenderConfiguration.class.getClassLoader());
    }

    @Bean
    PdfRenderer pdfRenderer(DocumentFonts fonts, DocumentTemplates templates) {
        return new PdfRenderer(fonts, templates);
    }
}
