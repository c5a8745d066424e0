package cn.laborcase.documents.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays out filled XHTML as a PDF with openhtmltopdf on PDFBox: A4 and everything else from the stylesheet, the
 * shared {@link DocumentFonts} embedded as subsets. Thread-safe; one instance per process.
 */
public final class PdfRenderer {

    static {
        XRLog.setLoggerImpl(new LayoutLog());
    }

    private final DocumentFonts fonts;
    private final DocumentTemplates templates;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new SharedCache();

    public PdfRenderer(DocumentFonts fonts, DocumentTemplates templates) {
        this.fonts = fonts;
        this.templates = templates;
    }

    /**
     * @param xhtml well-formed XHTML
     * @param baseUri what relative links (the stylesheet) resolve against
     * @param title the PDF's document title (shown by viewers)
     * @throws TemplateRenderException when the layout engine refuses the content
     */
    public RenderedPdf render(String xhtml, String baseUri, String template, String title) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
            fonts.register(builder, document, xhtml);
            // the stylesheet comes from memory; nothing else may be fetched (no files, no network)
            builder.useProtocolsStreamImplementation(this::templateFile, DocumentTemplates.SCHEME);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> uri != null && uri.startsWith(DocumentTemplates.SCHEME + ":"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, baseUri);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("LaborCase");
            info.setCreationDate(Calendar.getInstance(TimeZone.getTimeZone("Asia/Shanghai")));
            int pages = document.getNumberOfPages();
            document.save(out);
            return new RenderedPdf(out.toByteArray(), pages);
        } catch (TemplateRenderException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new TemplateRenderException(template, null, "排版失败：" + e.getMessage());
        }
    }

    private FSStream templateFile(String uri) {
        byte[] bytes = templates.resource(uri);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return bytes == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }

    /** Font metrics are the same for every document: computed once, kept for the life of the process. */
    private static final class SharedCache implements FSCacheEx<String, FSCacheValue> {

        private final ConcurrentHashMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
