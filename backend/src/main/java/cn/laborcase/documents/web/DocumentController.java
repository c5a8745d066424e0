package cn.laborcase.documents.web;

import cn.laborcase.cases.CaseNames;
import cn.laborcase.documents.DocumentField;
import cn.laborcase.documents.DocumentFilter;
import cn.laborcase.documents.DocumentList;
import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.DocumentStatus;
import cn.laborcase.documents.DocumentType;
import cn.laborcase.documents.DocumentTypes;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.Evidence;
import cn.laborcase.documents.Recipient;
import cn.laborcase.documents.ServiceMethod;
import cn.laborcase.documents.ServiceRecordRequest;
import cn.laborcase.documents.ServiceRecordView;
import cn.laborcase.documents.ServiceRecords;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.DateRange;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.web.Spreadsheet;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages: the documents of the user's scope, a document with its actions (preview, issue, download, correct,
 * record service), a case's documents, and the 生成文书 form for drafting by hand: the case is chosen from those the
 * user may act on, the type from those his role and office issue. Every read and action goes through data scope in
 * the services.
 */
@Controller
@RequestMapping("/documents")
class DocumentController {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String FIELD_PREFIX = "f.";

    private final Documents documents;
    private final ServiceRecords serviceRecords;
    private final DocumentTypes types;
    private final CurrentUsers currentUsers;
    private final java.time.Clock clock;
    private final DocumentList documentList;
    private final OrganizationNames orgNames;
    private final CaseNames caseNames;

    DocumentController(
            Documents documents,
            ServiceRecords serviceRecords,
            DocumentTypes types,
            CurrentUsers currentUsers,
            java.time.Clock clock,
            DocumentList documentList,
            OrganizationNames orgNames,
            CaseNames caseNames) {
        this.clock = clock;
        this.documentList = documentList;
        this.orgNames = orgNames;
        this.caseNames = caseNames;
        this.documents = documents;
        this.serviceRecords = serviceRecords;
        this.types = types;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String caseType,
            @RequestParam(required = false) String caseId,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) DocumentStatus status,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        CurrentUser user = currentUsers.require();
        DocumentFilter filter = new DocumentFilter(caseType, caseId, type, status);
        DocumentList.Search search =
                search(filter, number, from, to, ListRequest.of(page, size, sort, dir, DocumentList.SORTS));
        model.addAttribute("documents", documentList.page(user, search));
        model.addAttribute("types", types.all());
        model.addAttribute("statuses", DocumentStatus.values());
        model.addAttribute("filter", filter);
        return "documents/list";
    }

    /** The documents the same search finds, as an .xlsx; journaled. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) String caseType,
            @RequestParam(required = false) String caseId,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) DocumentStatus status,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        DocumentList.Search search = search(
                new DocumentFilter(caseType, caseId, type, status),
                number,
                from,
                to,
                ListRequest.of(null, null, sort, dir, DocumentList.SORTS));
        return sheet().download("文书", documentList.export(currentUsers.require(), search));
    }

    private Spreadsheet<DocumentView> sheet() {
        return Spreadsheet.of("文书", DocumentView.class)
                .text("文书", DocumentView::typeName)
                .text("文号", d -> d.number() == null ? "草稿" : d.number())
                .text("案件", d -> caseNames.label(d.caseRef()))
                .text("发文机构", DocumentView::officeName)
                .text("状态", d -> d.status().label())
                .time("起草时间", DocumentView::createdAt)
                .text("起草人", d -> orgNames.staff(d.createdBy()))
                .time("签发时间", DocumentView::issuedAt)
                .text("签发人", d -> d.issuedBy() == null ? null : orgNames.staff(d.issuedBy()));
    }

    private static DocumentList.Search search(
            DocumentFilter filter, String number, String from, String to, ListRequest list) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = day(from, "from", "起草日期（起）", problems);
        LocalDate end = day(to, "to", "起草日期（止）", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DocumentList.Search(
                filter,
                number == null || number.isBlank() ? null : number.strip(),
                DateRange.of(start, end, "to", "起草日期"),
                list);
    }

    private static LocalDate day(String value, String field, String label, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Date", label + "：日期格式应为 2026-01-31"));
            return null;
        }
    }

    /** A case's documents in order; the table is the reusable fragment {@code documents/fragments :: case-documents}. */
    @GetMapping("/case")
    String forCase(@RequestParam("case") String caseKey, Model model) {
        CaseRef ref =
                CaseRef.parse(caseKey).orElseThrow(() -> new cn.laborcase.shared.NotFoundException("案件", caseKey));
        model.addAttribute("caseRef", ref);
        model.addAttribute("documents", documents.listForCase(ref, currentUsers.require()));
        return "documents/case";
    }

    /** The form; sample data is for the administrators' template check, not for documents of real cases. */
    @GetMapping("/new")
    String newForm(
            @RequestParam(required = false) String type,
            @RequestParam(name = "case", required = false) String caseKey,
            Model model) {
        CurrentUser user = currentUsers.require();
        DraftForm form = DraftForm.empty().withCase(caseKey);
        DocumentType chosen = type == null
                ? null
                : documents.typesFor(user).stream()
                        .filter(t -> t.code().equals(type))
                        .findFirst()
                        .orElse(null);
        return form(model, user, chosen, form, Map.of());
    }

    @PostMapping
    String create(
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        DraftForm form = DraftForm.of(params);
        DocumentType type = types.find(form.typeCode()).orElse(null);
        try {
            DocumentView draft = documents.draft(form.toRequest(), user);
            redirect.addFlashAttribute("flashSuccess", "已起草" + draft.typeName() + "（草稿 #" + draft.id() + "），请预览核对后签发");
            return "redirect:/documents/" + draft.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("flashError", "有 " + e.problems().size() + " 处填写有误，请修改后重新提交");
            return form(model, user, type, form, errors(e.problems()));
        } catch (ForbiddenException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("flashError", e.getMessage());
            return form(model, user, type, form, Map.of());
        } catch (cn.laborcase.shared.NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("flashError", "所选案件不存在或不在您的办理范围内");
            return form(model, user, type, form, Map.of());
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.require();
        DocumentView document = documents.get(id, user);
        return detail(model, document, ServiceForm.empty(), Map.of());
    }

    /** The page with ID and phone numbers in full (audited); the page masks them otherwise. */
    @PostMapping("/{id}/reveal")
    String reveal(@PathVariable long id, Model model) {
        DocumentView document = documents.reveal(id, currentUsers.require());
        detail(model, document, ServiceForm.empty(), Map.of());
        model.addAttribute("revealed", true);
        model.addAttribute("shown", document.data());
        return "documents/detail";
    }

    @GetMapping("/{id}/preview")
    ResponseEntity<byte[]> preview(@PathVariable long id) {
        return Downloads.pdf(documents.preview(id, currentUsers.require()), true);
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return Downloads.pdf(documents.pdf(id, currentUsers.require()), false);
    }

    @PostMapping("/{id}/issue")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        try {
            DocumentView issued = documents.issue(id, currentUsers.require());
            redirect.addFlashAttribute("flashSuccess", "已签发：" + issued.number() + "，核验码 " + issued.verificationCode());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", "草稿内容不完整，未签发：" + problems(e.problems()));
        }
        // ForbiddenException and NotFoundException propagate: 403 / 404 pages, nothing issued
        return "redirect:/documents/" + id;
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        DocumentView document = documents.requireActionable(id, user);
        try {
            documents.discard(id, version, user.username());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/documents/" + id;
        }
        redirect.addFlashAttribute("flashSuccess", "已删除" + document.typeName() + "草稿 #" + id);
        return "redirect:/documents";
    }

    @GetMapping("/{id}/correct")
    String correctForm(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.require();
        DocumentView document = documents.get(id, user);
        DraftForm form = DraftForm.empty().withData(document.data());
        return correction(model, document, form, Map.of());
    }

    @PostMapping("/{id}/correct")
    String correct(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        DocumentView document = documents.requireActionable(id, user);
        DraftForm form = DraftForm.of(params);
        try {
            DocumentView draft = documents.correct(id, form.data(), user.username());
            redirect.addFlashAttribute(
                    "flashSuccess", "已起草更正版本（第" + draft.revision() + "版），签发后将取代 " + document.number());
            return "redirect:/documents/" + draft.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("flashError", "有 " + e.problems().size() + " 处填写有误，请修改后重新提交");
            return correction(model, document, form, errors(e.problems()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/documents/" + id;
        }
    }

    @PostMapping("/{id}/service")
    String recordService(
            @PathVariable long id,
            ServiceForm form,
            BindingResult binding,
            @RequestParam(name = "evidence", required = false) MultipartFile evidence,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            if (binding.hasErrors()) {
                throw new InvalidInputException(binding.getFieldErrors().stream()
                        .map(f -> new FieldProblem(f.getField(), "TypeMismatch", "格式不正确"))
                        .toList());
            }
            ServiceRecordView record = serviceRecords.record(id, form.toRequest(), evidence(evidence), user);
            redirect.addFlashAttribute(
                    "flashSuccess",
                    "已记录向" + record.recipientName() + record.method().label() + "，送达回证 " + record.receiptNumber());
            return "redirect:/documents/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("flashError", "送达记录有 " + e.problems().size() + " 处填写有误，未保存");
            return detail(model, documents.get(id, user), form, errors(e.problems()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/documents/" + id;
        }
    }

    @GetMapping("/service/{recordId}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long recordId) {
        Evidence evidence = serviceRecords.evidence(recordId, currentUsers.require());
        return Downloads.file(evidence.fileName(), evidence.contentType(), evidence.content(), true);
    }

    private String detail(Model model, DocumentView document, ServiceForm serviceForm, Map<String, String> errors) {
        List<ServiceRecordView> records = serviceRecords.forDocument(document.id());
        Set<Long> served = records.stream().map(ServiceRecordView::recipientId).collect(Collectors.toSet());
        DocumentType type = types.find(document.typeCode()).orElse(null);
        model.addAttribute("document", document);
        model.addAttribute("type", type);
        model.addAttribute(
                "caseSummary",
                documents.caseOf(document, currentUsers.require()).orElse(null));
        model.addAttribute("authority", documents.authorityOf(document).orElse(null));
        model.addAttribute("revealed", false);
        model.addAttribute("mayReveal", documents.mayReveal(document, currentUsers.require()));
        model.addAttribute("shown", masked(type, document.data()));
        model.addAttribute("records", records);
        model.addAttribute(
                "unserved",
                document.recipients().stream()
                        .filter(r -> !served.contains(r.id()))
                        .toList());
        model.addAttribute("methods", ServiceMethod.values());
        model.addAttribute("serviceForm", serviceForm);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock.withZone(CHINA)));
        return "documents/detail";
    }

    private String form(Model model, CurrentUser user, DocumentType type, DraftForm form, Map<String, String> errors) {
        model.addAttribute("types", documents.typesFor(user));
        model.addAttribute("type", type);
        model.addAttribute("cases", documents.casesFor(user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "documents/new";
    }

    private String correction(Model model, DocumentView document, DraftForm form, Map<String, String> errors) {
        model.addAttribute("document", document);
        model.addAttribute("type", types.require(document.typeCode()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "documents/correct";
    }

    /** One rule ({@code PersonalData}) for the document page as for the case page: masked until revealed. */
    private static Map<String, String> masked(DocumentType type, Map<String, String> data) {
        Map<String, String> shown = new LinkedHashMap<>(data);
        if (type != null) {
            for (DocumentField field : type.fields()) {
                shown.computeIfPresent(field.name(), (k, v) -> field.shown(v));
            }
        }
        return shown;
    }

    private static Evidence evidence(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new Evidence(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> errors(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            errors.merge(p.field(), p.message(), (a, b) -> a + "；" + b);
        }
        return errors;
    }

    private static String problems(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::message).collect(Collectors.joining("；"));
    }

    /**
     * The 生成文书 form: the case (its key, from the chooser), one recipient and the type's fields ({@code f.<name>}).
     * No office: a document is issued in the name of the office that handles the case.
     */
    record DraftForm(
            String typeCode,
            String caseKey,
            String recipientName,
            String recipientRole,
            String recipientAddress,
            String recipientEmail,
            boolean recipientEmailConsent,
            Map<String, String> data) {

        static DraftForm empty() {
            return new DraftForm(null, null, null, null, null, null, false, Map.of());
        }

        static DraftForm of(Map<String, String> params) {
            Map<String, String> data = new LinkedHashMap<>();
            params.forEach((k, v) -> {
                if (k.startsWith(FIELD_PREFIX) && v != null && !v.isBlank()) {
                    data.put(k.substring(FIELD_PREFIX.length()), v);
                }
            });
            return new DraftForm(
                    params.get("typeCode"),
                    params.get("caseKey"),
                    params.get("recipientName"),
                    params.get("recipientRole"),
                    params.get("recipientAddress"),
                    params.get("recipientEmail"),
                    "true".equals(params.get("recipientEmailConsent")),
                    data);
        }

        DraftForm withData(Map<String, String> values) {
            return new DraftForm(
                    typeCode,
                    caseKey,
                    recipientName,
                    recipientRole,
                    recipientAddress,
                    recipientEmail,
                    recipientEmailConsent,
                    new LinkedHashMap<>(values));
        }

        DraftForm withCase(String key) {
            return new DraftForm(
                    typeCode,
                    key,
                    recipientName,
                    recipientRole,
                    recipientAddress,
                    recipientEmail,
                    recipientEmailConsent,
                    data);
        }

        String value(DocumentField field) {
            return data.get(field.name());
        }

        /** An unknown case key is no case (400 naming it); one the user may not act on is 404 in the service. */
        DocumentRequest toRequest() {
            boolean anyRecipient = notBlank(recipientName) || notBlank(recipientAddress) || notBlank(recipientEmail);
            return new DocumentRequest(
                    typeCode,
                    CaseRef.parse(caseKey).orElse(null),
                    null,
                    null,
                    Set.of(),
                    data,
                    anyRecipient
                            ? List.of(new Recipient(
                                    recipientName,
                                    recipientRole,
                                    recipientAddress,
                                    recipientEmail,
                                    recipientEmailConsent))
                            : List.of());
        }

        private static boolean notBlank(String s) {
            return s != null && !s.isBlank();
        }
    }

    /** The 记录送达 form. */
    record ServiceForm(
            Long recipientId,
            ServiceMethod method,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn,
            Integer servedHour,
            String place,
            String receiverName,
            String signerRelation,
            String trackingNumber,
            String emailAddress,
            String witness1,
            String witness2,
            String noticeMedium,
            String server,
            String note) {

        static ServiceForm empty() {
            return new ServiceForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        ServiceRecordRequest toRequest() {
            return new ServiceRecordRequest(
                    recipientId,
                    method,
                    servedOn,
                    servedHour,
                    place,
                    receiverName,
                    signerRelation,
                    trackingNumber,
                    emailAddress,
                    witness1,
                    witness2,
                    noticeMedium,
                    server,
                    note);
        }
    }
}
