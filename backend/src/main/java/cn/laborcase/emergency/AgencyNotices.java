package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.PdfFile;
import cn.laborcase.emergency.persistence.AgencyNoticeRow;
import cn.laborcase.emergency.persistence.ApprovalRow;
import cn.laborcase.emergency.persistence.IncidentResponseMapper;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.notification.MailAdministration;
import cn.laborcase.notification.MailAttachment;
import cn.laborcase.notification.MailMessage;
import cn.laborcase.notification.Notifications;
import cn.laborcase.notification.OutboxEntry;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.OrganizationDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * On activation, the police, the construction authority and the trade union the office's plan names
 * ({@link EmergencyAgencies}) are sent the one-page 欠薪事件情况通报 (documents kernel) by e-mail through the notification
 * outbox; each is recorded (agency, address, time, document, outcome). A kind the office has not configured is
 * recorded as 未配置 and its leaders are told. Runs as the asynchronous step Task_NotifyAgencies: a rendering or
 * outbox failure rolls the step back and the engine retries it, never the leader's approval.
 */
@Service
public class AgencyNotices {

    static final String RELATED_TYPE = "WAGE_INCIDENT_AGENCY";

    private final WageIncidentMapper incidentMapper;
    private final IncidentResponseMapper mapper;
    private final EmergencyAgencies agencies;
    private final Documents documents;
    private final EmployerRegistry employers;
    private final Notifications notifications;
    private final MailAdministration mail;
    private final OrganizationDirectory directory;
    private final IncidentApprovals approvals;
    private final CaseTimeline timeline;
    private final AuditJournal audit;

    AgencyNotices(
            WageIncidentMapper incidentMapper,
            IncidentResponseMapper mapper,
            EmergencyAgencies agencies,
            Documents documents,
            EmployerRegistry employers,
            Notifications notifications,
            MailAdministration mail,
            OrganizationDirectory directory,
            IncidentApprovals approvals,
            CaseTimeline timeline,
            AuditJournal audit) {
        this.incidentMapper = incidentMapper;
        this.mapper = mapper;
        this.agencies = agencies;
        this.documents = documents;
        this.employers = employers;
        this.notifications = notifications;
        this.mail = mail;
        this.directory = directory;
        this.approvals = approvals;
        this.timeline = timeline;
        this.audit = audit;
    }

    /**
     * The step after activation; does nothing when the incident's agencies were notified already. Locks the incident
     * first, as every write of the incident does before the documents kernel locks the office to number a document:
     * in the other order an inspector issuing a notice at the same moment deadlocked with this step (the notice rows'
     * foreign key waits for the incident he holds while he waits for the office this step holds).
     */
    @Transactional
    public void notifyAgencies(long incidentId) {
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        if (!mapper.findAgencyNotices(incidentId).isEmpty()) {
            return;
        }
        Instant now = timeline.now();
        List<EmergencyAgencies.Agency> configured = new ArrayList<>();
        List<AgencyKind> missing = new ArrayList<>();
        for (AgencyKind kind : AgencyKind.values()) {
            agencies.of(row.officeCode(), kind).ifPresentOrElse(configured::add, () -> missing.add(kind));
        }
        if (!configured.isEmpty()) {
            DocumentView document = issue(row, configured);
            PdfFile pdf = documents.pdf(document.id());
            for (EmergencyAgencies.Agency agency : configured) {
                String key = "wage-incident:" + incidentId + ":agency:"
                        + agency.kind().name();
                notifications.queueMail(new MailMessage(
                        key,
                        List.of(agency.email()),
                        cut("欠薪事件情况通报（" + row.incidentNumber() + "，"
                                + Grade.valueOf(row.grade()).label() + "）"),
                        body(row, agency, document),
                        List.of(new MailAttachment(pdf.fileName(), "application/pdf", pdf.content())),
                        RELATED_TYPE,
                        String.valueOf(incidentId)));
                mapper.insertAgencyNotice(new AgencyNoticeRow(
                        null,
                        incidentId,
                        agency.kind().name(),
                        agency.name(),
                        agency.email(),
                        document.id(),
                        "QUEUED",
                        key,
                        now));
            }
            String detail = document.number() + " 以电子邮件通报："
                    + String.join(
                            "、",
                            configured.stream()
                                    .map(EmergencyAgencies.Agency::name)
                                    .toList());
            timeline.record(
                    WageIncidents.ref(incidentId),
                    ResponseStep.AGENCIES_NOTIFIED.name(),
                    ResponseStep.AGENCIES_NOTIFIED.label(),
                    CaseTimeline.SYSTEM,
                    detail);
            audit.recordAs(
                    CaseTimeline.SYSTEM,
                    "WAGE_INCIDENT_AGENCIES_NOTIFIED",
                    WageIncidents.ref(incidentId),
                    "欠薪事件情况通报 " + detail,
                    null,
                    null);
        }
        if (!missing.isEmpty()) {
            for (AgencyKind kind : missing) {
                mapper.insertAgencyNotice(new AgencyNoticeRow(
                        null, incidentId, kind.name(), null, null, null, "NOT_CONFIGURED", null, now));
            }
            String kinds =
                    String.join("、", missing.stream().map(AgencyKind::label).toList());
            timeline.record(
                    WageIncidents.ref(incidentId),
                    ResponseStep.AGENCY_NOT_CONFIGURED.name(),
                    ResponseStep.AGENCY_NOT_CONFIGURED.label(),
                    CaseTimeline.SYSTEM,
                    "本单位应急预案未配置" + kinds + "的通报对象，请另行通报");
            List<String> leaders = new ArrayList<>();
            leaders.add(IncidentApprovals.sectionLeaderGroup(row.officeCode()));
            leaders.addAll(Arrays.asList(approvals.headGroups(row.officeCode()).split(",")));
            for (Colleague c : directory.colleagues(leaders, null)) {
                notifications.notifyStaff(
                        c.username(),
                        cut("【应急处置】" + row.incidentNumber() + " 未配置" + kinds + "的通报对象，请另行通报"),
                        "/wage-incidents/" + incidentId);
            }
        }
    }

    /** Each notification as the page and GET show it; the outcome of a sent one is the outbox's state now. */
    @Transactional(readOnly = true)
    public List<Notification> of(long incidentId) {
        return mapper.findAgencyNotices(incidentId).stream()
                .map(n -> {
                    AgencyKind kind = AgencyKind.valueOf(n.agencyKind());
                    if ("NOT_CONFIGURED".equals(n.outcome())) {
                        return new Notification(
                                kind, kind.label(), null, null, n.recordedAt(), null, null, null, "未配置", null);
                    }
                    Optional<OutboxEntry> entry =
                            Optional.ofNullable(n.dedupKey()).flatMap(mail::findByDedupKey);
                    Optional<DocumentView> document =
                            Optional.ofNullable(n.documentId()).map(documents::get);
                    return new Notification(
                            kind,
                            kind.label(),
                            n.agencyName(),
                            n.email(),
                            n.recordedAt(),
                            n.documentId(),
                            document.map(DocumentView::number).orElse(null),
                            n.documentId() == null ? null : "/documents/" + n.documentId() + "/pdf",
                            entry.map(e -> e.state().label()).orElse("待发送"),
                            entry.map(OutboxEntry::sentAt).orElse(null));
                })
                .toList();
    }

    /**
     * A notice to one agency.
     *
     * @param outcome 未配置, or the outbox's state: 待发送, 发送中, 已发送, 发送失败
     * @param sentAt when the mail server accepted it
     */
    public record Notification(
            AgencyKind kind,
            String kindName,
            String agencyName,
            String email,
            Instant recordedAt,
            Long documentId,
            String documentNumber,
            String pdf,
            String outcome,
            Instant sentAt) {}

    private DocumentView issue(WageIncidentRow row, List<EmergencyAgencies.Agency> to) {
        EmployerView employer = employers.find(row.employerId()).orElseThrow();
        Map<String, String> data = new HashMap<>();
        data.put(
                "agencies",
                String.join("、", to.stream().map(EmergencyAgencies.Agency::name).toList()));
        data.put("incidentNumber", row.incidentNumber());
        data.put("gradeLabel", Grade.valueOf(row.grade()).label());
        data.put("employerName", employer.name());
        data.put("employerCreditCode", employer.creditCode());
        if (row.place() != null) {
            data.put("place", row.place());
        }
        data.put("workersAffected", row.workersAffected() + " 人");
        data.put("amountOwed", String.format("%,.2f 元", row.amountOwed()));
        if (row.arrearsPeriod() != null) {
            data.put("arrearsPeriod", row.arrearsPeriod());
        }
        data.put("absconded", row.employerAbsconded() ? "是" : "否");
        data.put("groupPetition", row.groupPetition() ? "正在发生" : "无");
        data.put("reportedAt", IncidentTimes.format(row.reportedAt()));
        data.put(
                "activatedAt",
                approvals.approvals(row.id()).stream()
                        .filter(a -> ApprovalDecision.APPROVE.name().equals(a.decision()))
                        .map(ApprovalRow::decidedAt)
                        .findFirst()
                        .map(IncidentTimes::format)
                        .orElse(IncidentTimes.format(timeline.now())));
        data.put("description", row.description());
        data.put("request", ResponseDocumentTypes.REQUEST);
        DocumentView draft = documents.draft(
                new DocumentRequest(
                        ResponseDocumentTypes.AGENCY_NOTICE,
                        WageIncidents.ref(row.id()),
                        row.officeCode(),
                        row.gridCode(),
                        Set.of(row.reporter()),
                        data,
                        List.of()),
                CaseTimeline.SYSTEM);
        return documents.issue(draft.id(), CaseTimeline.SYSTEM);
    }

    private String body(WageIncidentRow row, EmergencyAgencies.Agency agency, DocumentView document) {
        return agency.name() + "：\n\n"
                + document.officeName() + "已对下列欠薪事件启动应急处置，现将情况通报如下，详见附件《欠薪事件情况通报》（"
                + document.number() + "）。\n\n"
                + "事件编号：" + row.incidentNumber() + "\n"
                + "事件等级：" + Grade.valueOf(row.grade()).label() + "\n"
                + "涉及人数：" + row.workersAffected() + " 人\n"
                + "欠薪金额：" + String.format("%,.2f 元", row.amountOwed()) + "\n\n"
                + "文书核验码：" + document.verificationCode() + "\n\n"
                + "本邮件由系统自动发送，请勿直接回复。\n";
    }

    private static String cut(String title) {
        return title.length() > 200 ? title.substring(0, 199) + "…" : title;
    }
}
