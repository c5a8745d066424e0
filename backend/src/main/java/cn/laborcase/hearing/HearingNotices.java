package cn.laborcase.hearing;

import cn.laborcase.arbitration.HearingCase;
import cn.laborcase.calendar.PeriodCalculator;
import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.Recipient;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Issues the 开庭通知书 to every party of the case (申请人, 被申请人, 委托代理人) as recipients, so that the documents
 * kernel keeps a 送达回证 per party; in the booking's transaction (a rendering failure refuses the booking rather than
 * leaving a hearing without its notice).
 */
@Component
class HearingNotices {

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private final Documents documents;

    HearingNotices(Documents documents) {
        this.documents = documents;
    }

    long issue(
            HearingCase c,
            Instant start,
            Instant end,
            String room,
            String clerkName,
            Set<String> staff,
            LocalDate postponementBy,
            String actor) {
        Map<String, String> data = new HashMap<>();
        data.put("caseNumber", c.number());
        data.put("applicants", names(c, "申请人"));
        data.put("respondents", names(c, "被申请人"));
        data.put("hearingTime", when(start, end));
        data.put("room", room);
        data.put(
                "tribunal",
                c.tribunal().stream().map(m -> m.roleLabel() + "：" + m.name()).collect(Collectors.joining("\n")));
        data.put("clerk", clerkName);
        if (postponementBy != null) {
            data.put("postponementBy", postponementBy.toString());
        }
        Set<String> participants = new HashSet<>(staff);
        var recipients = c.parties().stream()
                .map(p -> new Recipient(p.name(), p.roleLabel(), p.address(), p.email(), p.servedByEmail()))
                .toList();
        return documents
                .issueAndServe(
                        new DocumentRequest(
                                HearingDocumentTypes.NOTICE,
                                CaseRef.of(CaseType.ARBITRATION_CASE, c.id()),
                                c.officeCode(),
                                null,
                                participants,
                                data,
                                recipients),
                        actor)
                .document()
                .id();
    }

    /**
     * The decision on a 延期开庭申请 (法 §35): 延期开庭通知书 or, refused, 不予延期开庭通知书 addressed to the party who
     * asked; either way served on every party (a 送达回证 each), in the decision's transaction.
     */
    long issueDecision(
            HearingCase c,
            boolean granted,
            Instant start,
            Instant end,
            String room,
            String requester,
            LocalDate requestedOn,
            String reasons,
            String decisionNote,
            Set<String> staff,
            String actor) {
        Map<String, String> data = new HashMap<>();
        data.put("caseNumber", c.number());
        data.put("applicants", names(c, "申请人"));
        data.put("respondents", names(c, "被申请人"));
        data.put("hearingTime", when(start, end));
        data.put("room", room);
        data.put("requester", requester);
        data.put("requestedOn", requestedOn.toString());
        data.put("reasons", reasons);
        if (decisionNote != null) {
            data.put("decisionNote", decisionNote);
        }
        var recipients = c.parties().stream()
                .map(p -> new Recipient(p.name(), p.roleLabel(), p.address(), null))
                .toList();
        return documents
                .issueAndServe(
                        new DocumentRequest(
                                granted ? HearingDocumentTypes.POSTPONED : HearingDocumentTypes.NOT_POSTPONED,
                                CaseRef.of(CaseType.ARBITRATION_CASE, c.id()),
                                c.officeCode(),
                                null,
                                new HashSet<>(staff),
                                data,
                                recipients),
                        actor)
                .document()
                .id();
    }

    /** 2026年10月12日（星期一）09:00至11:00 */
    static String when(Instant start, Instant end) {
        ZonedDateTime s = start.atZone(BeijingTime.ZONE);
        ZonedDateTime e = end.atZone(BeijingTime.ZONE);
        return s.getYear() + "年" + s.getMonthValue() + "月" + s.getDayOfMonth() + "日（"
                + WEEKDAYS[s.getDayOfWeek().getValue() - 1] + "）"
                + s.toLocalTime().format(HearingRules.TIME) + "至"
                + e.toLocalTime().format(HearingRules.TIME);
    }

    /** The last day a party may ask for postponement: three working days before the hearing (法 §35). */
    static LocalDate postponementBy(PeriodCalculator calendar, LocalDate hearingDay) {
        return calendar.workingDaysBefore(hearingDay, 3);
    }

    private static String names(HearingCase c, String role) {
        return c.parties().stream()
                .filter(p -> p.roleLabel().equals(role))
                .map(HearingCase.Party::name)
                .collect(Collectors.joining("\n"));
    }
}
