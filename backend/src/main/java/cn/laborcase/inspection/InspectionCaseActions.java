package cn.laborcase.inspection;

import cn.laborcase.cases.Attachments;
import cn.laborcase.cases.Attachments.Attachment;
import cn.laborcase.cases.Attachments.AttachmentOwner;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do on the case page besides its tasks: the case's inspectors add evidence (证据材料) and ask for the one
 * extension of the period (条例 §17, through {@link InspectionCases#requestExtension}; the 局长 decides in his task
 * 延期审批). Every write checks the data scope first (another
 * office's case: 404) and then the person's part in the case (403).
 */
@Service
public class InspectionCaseActions {

    private final InspectionCases cases;
    private final InspectionCaseStore store;
    private final Attachments attachments;
    private final Clock clock;
    private final cn.laborcase.inspection.process.InspectionTasks tasks;

    InspectionCaseActions(
            InspectionCases cases,
            InspectionCaseStore store,
            Attachments attachments,
            Clock clock,
            cn.laborcase.inspection.process.InspectionTasks tasks) {
        this.cases = cases;
        this.store = store;
        this.attachments = attachments;
        this.clock = clock;
        this.tasks = tasks;
    }

    /**
     * What the user may do on the case page: {@code addEvidence}, {@code extend} (ask for the extension) and whether
     * a request waits for the 局长 ({@code extensionPending}).
     */
    public record Options(boolean addEvidence, boolean extend, boolean extensionPending) {}

    /** The actions the case page offers the user (the case is visible to him: the caller read it). */
    @Transactional(readOnly = true)
    public Options optionsFor(CurrentUser user, long caseId) {
        InspectionCase c = cases.get(caseId);
        boolean open = c.status().open();
        boolean inspector = cases.activeInspectors(caseId).contains(user.username());
        boolean pending = open
                && tasks.openTaskKeys(c.processInstanceId())
                        .contains(cn.laborcase.inspection.process.InspectionCaseProcess.APPROVE_EXTENSION);
        boolean extendable = open
                && inspector
                && !pending
                && c.deadlineId() != null
                && !c.extended()
                && c.dueDate() != null
                && !BeijingTime.today(clock).isAfter(c.dueDate());
        return new Options(open && inspector, extendable, pending);
    }

    /**
     * An inspector of the case adds a file (photo, scan, recording) to an open case: stored with its checksum
     * ({@link Attachments}), on the timeline and in the journal. 404 outside the data scope, 403 for someone who is
     * not one of the case's inspectors, 409 on a closed case, 400 naming {@code file} or {@code description}.
     */
    @Transactional
    public Attachment addEvidence(
            CurrentUser user, long caseId, String fileName, String contentType, byte[] content, String description) {
        InspectionCase c = store.visibleForUpdate(user, caseId);
        if (!cases.activeInspectors(caseId).contains(user.username())) {
            throw new ForbiddenException("NOT_CASE_INSPECTOR", "只有本案的承办监察员可以添加证据材料");
        }
        if (!c.status().open()) {
            throw new ConflictException(
                    "INSPECTION_CASE_STATE",
                    "监察案件" + c.number() + "当前为“" + c.status().label() + "”，不能再添加证据材料");
        }
        Attachment stored = attachments.store(
                new AttachmentOwner(CaseType.INSPECTION_CASE.name(), c.id()),
                fileName,
                contentType,
                content,
                description,
                user.username());
        store.step(
                c,
                InspectionStep.EVIDENCE_ADDED,
                user.username(),
                "证据材料“" + stored.fileName() + "”，" + stored.size() + " 字节，SHA-256 " + stored.sha256());
        return stored;
    }

    /** 申请延期: see {@link InspectionCases#requestExtension}. */
    public void requestExtension(CurrentUser user, long caseId, String reason) {
        cases.requestExtension(user, caseId, reason);
    }
}
