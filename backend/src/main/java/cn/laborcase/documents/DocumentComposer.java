package cn.laborcase.documents;

import cn.laborcase.documents.render.DocumentTemplates;
import cn.laborcase.documents.render.PdfRenderer;
import cn.laborcase.documents.render.RenderedPdf;
import cn.laborcase.documents.render.TemplateRenderException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Fills a document type's template with its data and the letterhead, and lays it out as a PDF. */
@Component
class DocumentComposer {

    /** 发文机关标志: at most 36 pt, smaller for long names so that it stays on one line of the 156 mm 版心. */
    private static final double MAX_MASTHEAD_PT = 36;

    private static final double MASTHEAD_WIDTH_PT = 150 / 25.4 * 72;

    private final DocumentTemplates templates;
    private final PdfRenderer renderer;
    private final DocumentSettings settings;

    DocumentComposer(DocumentTemplates templates, PdfRenderer renderer, DocumentSettings settings) {
        this.templates = templates;
        this.renderer = renderer;
        this.settings = settings;
    }

    /**
     * What a document shows besides its fields.
     *
     * @param number 文号, null for a draft
     * @param issuedOn null for a draft
     * @param code verification code, null for a draft
     * @param supersedes the number of the document this one corrects, if any
     */
    record Letterhead(
            String issuer,
            String number,
            LocalDate issuedOn,
            String code,
            int revision,
            String supersedes,
            String actingBody) {

        Letterhead(String issuer, String number, LocalDate issuedOn, String code, int revision, String supersedes) {
            this(issuer, number, issuedOn, code, revision, supersedes, null);
        }

        boolean draft() {
            return number == null;
        }
    }

    RenderedPdf render(DocumentType type, Map<String, String> data, Letterhead letterhead) {
        try {
            String xhtml = templates.process(type.template(), model(type, data, letterhead));
            return renderer.render(xhtml, templates.baseUri(), type.template(), type.name());
        } catch (TemplateRenderException e) {
            throw new TemplateFailedException(e.template(), e.line(), e.reason());
        }
    }

    String templateVersion(DocumentType type) {
        try {
            return templates.version(type.template());
        } catch (TemplateRenderException e) {
            throw new TemplateFailedException(e.template(), e.line(), e.reason());
        }
    }

    private Map<String, Object> model(DocumentType type, Map<String, String> data, Letterhead letterhead) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("typeName", type.name());
        doc.put("issuer", letterhead.issuer());
        doc.put("mastheadSize", mastheadSize(letterhead.issuer()));
        doc.put("number", letterhead.number());
        doc.put("draft", letterhead.draft());
        doc.put("code", letterhead.code());
        doc.put("verifyUrl", letterhead.code() == null ? null : settings.verifyUrl(letterhead.code()));
        doc.put("issuedOn", letterhead.issuedOn() == null ? "（签发日期）" : Dates.chinese(letterhead.issuedOn()));
        doc.put("revision", letterhead.revision());
        doc.put("supersedes", letterhead.supersedes());
        doc.put("watermark", "草稿 预览");
        doc.put("actingBody", letterhead.actingBody());
        doc.put("statusUrl", settings.statusUrl());
        Map<String, Object> model = new HashMap<>();
        model.put("doc", doc);
        model.put("f", DocumentData.display(type, data));
        model.put("paras", DocumentData.paragraphs(type, data));
        return model;
    }

    static String mastheadSize(String issuer) {
        int chars = Math.max(1, issuer.length());
        double size = Math.min(MAX_MASTHEAD_PT, Math.floor(MASTHEAD_WIDTH_PT / (chars * 1.08)));
        return (int) size + "pt";
    }
}
