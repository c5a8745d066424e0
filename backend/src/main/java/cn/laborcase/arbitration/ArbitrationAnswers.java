package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.AnswerMapper;
import cn.laborcase.arbitration.persistence.AnswerRow;
import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.persistence.PartyRow;
import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.cases.Attachments;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.PrintableText;
import cn.laborcase.shared.UploadedFile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The respondent's answer (答辩书, 调解仲裁法 §30): received within 10 working days of his receipt of the application
 * copy; the committee serves a copy on the applicant within 5 (working) days of receiving it. Once per respondent. An
 * answer after the period is recorded and flagged late: the law lets the case go on without one (逾期未提交答辩书的，不影响
 * 仲裁程序的进行), it does not bar a late one from the file.
 */
@Service
public class ArbitrationAnswers {

    private static final PrintableText SUMMARY = PrintableText.multiline("答辩意见", 2000);

    private final ArbitrationCaseStore store;
    private final ArbitrationMapper cases;
    private final AnswerMapper answers;
    private final ArbitrationDeadlines deadlines;
    private final ArbitrationDocuments documents;
    private final ArbitrationServiceRecords service;
    private final Attachments attachments;
    private final CaseTimeline timeline;
    private final AuditJournal audit;

    ArbitrationAnswers(
            ArbitrationCaseStore store,
            ArbitrationMapper cases,
            AnswerMapper answers,
            ArbitrationDeadlines deadlines,
            ArbitrationDocuments documents,
            ArbitrationServiceRecords service,
            Attachments attachments,
            CaseTimeline timeline,
            AuditJournal audit) {
        this.store = store;
        this.cases = cases;
        this.answers = answers;
        this.deadlines = deadlines;
        this.documents = documents;
        this.service = service;
        this.attachments = attachments;
        this.timeline = timeline;
        this.audit = audit;
    }

    /** An uploaded copy of the 答辩书 (scan or PDF), kept in the case's attachments. */
    public record Upload(String fileName, String contentType, byte[] content) {}

    /**
     * Records a respondent's answer, issues the 答辩书副本送达通知书 to the applicants and opens the 5-working-day
     * period to serve it (closed by their 送达回证). 404 outside the scope, 403 for anyone but the committee's staff and
     * the tribunal, 400 naming every wrong field, 409 for a case not in proceedings or a second answer of the same
     * respondent.
     */
    @Transactional
    public AnswerView record(CurrentUser user, long caseId, AnswerRequest request, Upload upload) {
        ArbitrationCaseRow row = store.lockVisible(user, caseId);
        service.requireServiceStaff(user, row);
        ArbitrationCaseStore.require(row, "登记答辩书", ArbitrationStatus.ACCEPTED, ArbitrationStatus.TRIBUNAL_COMPOSED);
        AnswerRequest r = request == null ? new AnswerRequest(null, null, null) : request;
        List<PartyRow> respondents = cases.parties(caseId).stream()
                .filter(p -> p.kind().equals("RESPONDENT"))
                .toList();
        List<FieldProblem> problems = new ArrayList<>();
        PartyRow respondent = null;
        if (r.respondent() == null && respondents.size() == 1) {
            respondent = respondents.get(0);
        } else if (r.respondent() == null || r.respondent() < 0 || r.respondent() >= respondents.size()) {
            problems.add(new FieldProblem("respondent", "Choice", "请选择提交答辩书的被申请人"));
        } else {
            respondent = respondents.get(r.respondent());
        }
        LocalDate today = BeijingTime.dateOf(timeline.now());
        LocalDate receivedOn = null;
        if (r.receivedOn() == null || r.receivedOn().isBlank()) {
            problems.add(new FieldProblem("receivedOn", "NotBlank", "请填写收到答辩书的日期"));
        } else {
            try {
                receivedOn = LocalDate.parse(r.receivedOn().strip());
                if (receivedOn.isAfter(today)) {
                    problems.add(new FieldProblem("receivedOn", "Future", "收到答辩书的日期不能晚于今天"));
                } else if (row.decidedOn() != null && receivedOn.isBefore(row.decidedOn())) {
                    problems.add(
                            new FieldProblem("receivedOn", "BeforeAcceptance", "收到答辩书的日期不能早于受理日期 " + row.decidedOn()));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("receivedOn", "Date", "收到答辩书的日期格式不正确（如 2026-12-18）"));
            }
        }
        String summary = null;
        if (r.summary() == null || r.summary().isBlank()) {
            problems.add(new FieldProblem("summary", "NotBlank", "请填写答辩意见（答辩书的内容或摘要）"));
        } else {
            summary = PrintableText.normalizeNewlines(r.summary()).strip();
            SUMMARY.problemOf("summary", summary).ifPresent(problems::add);
        }
        boolean hasFile = upload != null && upload.content() != null && upload.content().length > 0;
        if (hasFile && UploadedFile.hasControlCharacters(upload.fileName())) {
            problems.add(new FieldProblem("attachment", "FileName", "答辩书附件的文件名含有控制字符，请重命名后再上传"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        final PartyRow who = respondent;
        if (answers.answers(caseId).stream().anyMatch(a -> a.respondentPosition() == who.position())) {
            throw new ConflictException("ARBITRATION_ANSWER_RECORDED", who.name() + " 的答辩书已登记，不能重复登记");
        }
        // the answer period as it stands (it may have been closed by the engine's timer): late if received after it
        LocalDate answerDue = deadlines.all(caseId).stream()
                .filter(d -> d.ruleCode().equals(ArbitrationDeadlines.ANSWER))
                .map(DeadlineView::dueDate)
                .findFirst()
                .orElse(null);
        boolean late = answerDue != null && receivedOn.isAfter(answerDue);
        Long attachmentId = hasFile
                ? attachments
                        .store(
                                new Attachments.AttachmentOwner("ARBITRATION_CASE", caseId),
                                upload.fileName(),
                                upload.contentType(),
                                upload.content(),
                                "答辩书（" + who.name() + "）",
                                user.username())
                        .id()
                : null;
        Map<String, String> data = documents.common(row);
        data.put("respondent", who.name());
        data.put("answeredOn", receivedOn.toString());
        data.put("summary", summary);
        if (late) {
            data.put("late", "答辩期已于" + answerDue + "届满，逾期提交");
        }
        DocumentView copy = documents.issue(ArbitrationDocumentTypes.ANSWER_COPY, row, data, user.username());
        // 法 §30: serve the copy within 5 days of receiving the answer (办案规则 附则: working days)
        DeadlineView period = deadlines.open(ArbitrationDeadlines.ANSWER_SERVICE, caseId, receivedOn, null, Set.of());
        answers.insert(new AnswerRow(
                null,
                caseId,
                who.position(),
                who.name(),
                receivedOn,
                summary,
                late,
                answerDue,
                attachmentId,
                copy.id(),
                period.id().value(),
                user.username(),
                timeline.now()));
        String detail = who.name() + " 于 " + receivedOn + " 提交答辩书"
                + (late ? "（答辩期已于 " + answerDue + " 届满，逾期提交，不影响仲裁程序的进行）" : "")
                + "；答辩书副本送达通知书 " + copy.number() + " 应于 " + period.dueDate() + " 前送达申请人";
        timeline.record(
                ArbitrationCaseStore.ref(caseId),
                ArbitrationStep.ANSWER_RECEIVED.name(),
                ArbitrationStep.ANSWER_RECEIVED.label(),
                user.username(),
                detail);
        audit.recordAs(
                user.username(),
                "ARBITRATION_ANSWER_RECORDED",
                ArbitrationCaseStore.ref(caseId),
                "登记答辩书 " + ArbitrationCaseStore.nameOf(row),
                null,
                detail);
        return view(answers.answers(caseId).stream()
                .filter(a -> a.respondentPosition() == who.position())
                .findFirst()
                .orElseThrow());
    }

    /** The case's answers, by respondent. */
    @Transactional(readOnly = true)
    public List<AnswerView> of(long caseId) {
        return answers.answers(caseId).stream().map(this::view).toList();
    }

    private AnswerView view(AnswerRow a) {
        DeadlineView period = a.serviceDeadlineId() == null
                ? null
                : deadlines.all(a.caseId()).stream()
                        .filter(d -> d.id().value() == a.serviceDeadlineId())
                        .findFirst()
                        .orElse(null);
        return new AnswerView(
                a.respondentPosition(),
                a.respondentName(),
                a.receivedOn(),
                a.summary(),
                a.late(),
                a.answerDueDate(),
                a.attachmentId(),
                a.copyDocumentId(),
                period == null ? null : period.dueDate(),
                period == null ? null : period.closedOn(),
                timeline.nameOf(a.recordedBy()));
    }
}
