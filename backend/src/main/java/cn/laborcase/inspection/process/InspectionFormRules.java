package cn.laborcase.inspection.process;

import static cn.laborcase.inspection.process.InspectionCaseProcess.*;

import cn.laborcase.inspection.InspectionCases;
import cn.laborcase.inspection.Investigation;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.PrintableText;
import cn.laborcase.workflow.TaskFormRule;
import cn.laborcase.workflow.TaskView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules across the fields of the inspection case's task forms, checked by the task inbox before a task
 * completes: what each choice needs (an outcome its date or department, a refusal its reason, a recusal its
 * replacement), at least two inspectors, a hearing officer who did not investigate.
 */
@Component
class InspectionFormRules implements TaskFormRule {

    private final InspectionCases cases;
    private final java.time.Clock clock;

    InspectionFormRules(InspectionCases cases, java.time.Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public Set<String> formIds() {
        return FORMS;
    }

    /**
     * The fields that end up on a document (the 询问通知书, the records, the approval forms' opinions): no NUL, control
     * character or line break where one line is printed, so that the asynchronous document step cannot fail on them.
     */
    private static final Map<String, PrintableText> PRINTED = Map.ofEntries(
            Map.entry(NOTICE_INQUIRY_TIME, PrintableText.singleLine("接受询问时间", 5)),
            Map.entry(NOTICE_PLACE, PrintableText.singleLine("接受询问地点", 200)),
            Map.entry(NOTICE_MATERIALS, PrintableText.multiline("需携带的材料", 2000)),
            Map.entry(NOTICE_CONTACT, PrintableText.singleLine("联系人", 50)),
            Map.entry(NOTICE_PHONE, PrintableText.singleLine("联系电话", 50)),
            Map.entry(INQUIRED_TIME, PrintableText.singleLine("询问时间", 5)),
            Map.entry(INQUIRY_PLACE, PrintableText.singleLine("询问地点", 200)),
            Map.entry(INTERVIEWEE, PrintableText.singleLine("被询问人姓名", 50)),
            Map.entry(INTERVIEWEE_ROLE, PrintableText.singleLine("被询问人身份", 100)),
            Map.entry(INQUIRY_RECORD, PrintableText.multiline("询问笔录内容", 2000)),
            Map.entry(INSPECTED_TIME, PrintableText.singleLine("检查时间", 5)),
            Map.entry(SITE_PLACE, PrintableText.singleLine("检查地点", 200)),
            Map.entry(SITE_PRESENT, PrintableText.singleLine("在场人员", 200)),
            Map.entry(SITE_RECORD, PrintableText.multiline("现场检查情况", 2000)),
            Map.entry(FINDINGS, PrintableText.multiline("调查认定的事实", 4000)),
            Map.entry(FILING_NOTE, PrintableText.multiline("审批意见", 500)),
            Map.entry(WITHDRAWAL_NOTE, PrintableText.multiline("审批意见", 500)),
            Map.entry(CLOSING_NOTE, PrintableText.multiline("审批意见", 500)),
            Map.entry(EXTENSION_OPINION, PrintableText.multiline("审批意见", 500)));

    @Override
    public List<FieldProblem> check(TaskView task, Map<String, Object> v) {
        List<FieldProblem> p = new ArrayList<>();
        PRINTED.forEach((field, rule) -> {
            Object value = v.get(field);
            if (value != null) {
                rule.problemOf(field, PrintableText.normalizeNewlines(value.toString()))
                        .ifPresent(p::add);
            }
        });
        switch (task.taskDefinitionKey()) {
            case APPROVE_FILING -> require(p, v, "REFUSE".equals(v.get(FILING_DECISION)), FILING_NOTE, "请填写不予立案的理由");
            case ASSIGN_INSPECTORS -> {
                if (usernames(str(v.get(INSPECTORS))).size() < 2) {
                    p.add(problem(INSPECTORS, "Size", "请指派至少两名监察员（《劳动保障监察条例》第十六条），姓名之间用逗号或顿号分隔"));
                }
            }
            case DECIDE_RECUSAL ->
                require(p, v, "GRANT".equals(v.get(RECUSAL_DECISION)), REPLACEMENT, "决定回避的，请填写接替的监察员");
            case INVESTIGATE -> investigation(p, v, cn.laborcase.shared.BeijingTime.today(clock));
            case RECHECK_RECTIFICATION -> {
                boolean notCorrected = "NO".equals(v.get(CORRECTED));
                require(p, v, notCorrected, ESCALATION, "逾期未改正的，请选择行政处理决定或行政处罚");
                require(p, v, notCorrected && "HANDLING_DECISION".equals(v.get(ESCALATION)), PAY_BY, "请填写支付期限");
                future(p, v, PAY_BY, "支付期限须晚于今天", task);
            }
            case RECORD_RESPONSE -> {}
            case DECIDE_COMPENSATION -> {
                Object pct = v.get(COMPENSATION_PERCENT);
                if (pct == null || ((Number) pct).doubleValue() < 50 || ((Number) pct).doubleValue() > 100) {
                    p.add(problem(COMPENSATION_PERCENT, "Range", "加付赔偿金的标准为应付金额的50%以上100%以下（条例第二十六条）"));
                }
            }
            case SCHEDULE_HEARING -> {
                Object officer = v.get(HEARING_OFFICER);
                if (officer != null
                        && cases.activeInspectors(caseId(task))
                                .contains(officer.toString().strip())) {
                    p.add(problem(HEARING_OFFICER, "Investigator", "听证由非本案调查人员主持（《行政处罚法》第六十四条）"));
                }
            }
            case APPROVE_CLOSING -> require(p, v, "RETURN".equals(v.get(CLOSING_DECISION)), CLOSING_NOTE, "请填写退回理由");
            case APPROVE_EXTENSION ->
                require(p, v, "REFUSE".equals(v.get(EXTENSION_DECISION)), EXTENSION_OPINION, "不批准延期的，请填写审批意见");
            case APPROVE_WITHDRAWAL -> require(p, v, true, WITHDRAWAL_NOTE, "请填写审批意见");
            default -> {}
        }
        return p;
    }

    private static void investigation(List<FieldProblem> p, Map<String, Object> v, LocalDate today) {
        if ("RECUSAL".equals(v.get(ACTION))) {
            require(p, v, true, RECUSAL_OF, "请填写被申请回避的监察员");
            require(p, v, true, RECUSAL_REASON, "请填写当事人申请回避的理由");
            return;
        }
        if (ACTION_NOTICE.equals(v.get(ACTION))) {
            require(p, v, true, NOTICE_INQUIRY_ON, "请填写接受询问的日期");
            Object on = v.get(NOTICE_INQUIRY_ON);
            if (on != null
                    && !on.toString().isBlank()
                    && LocalDate.parse(on.toString().substring(0, 10)).isBefore(today)) {
                p.add(problem(NOTICE_INQUIRY_ON, "Past", "接受询问的日期不能早于今天"));
            }
            time(p, v, NOTICE_INQUIRY_TIME, true);
            require(p, v, true, NOTICE_PLACE, "请填写接受询问的地点");
            require(p, v, true, NOTICE_MATERIALS, "请填写用人单位需携带的材料");
            require(p, v, true, NOTICE_CONTACT, "请填写联系人");
            require(p, v, true, NOTICE_PHONE, "请填写联系电话");
            return;
        }
        // 询问笔录: once someone is named as asked, the record needs when, where, his capacity and what was said
        boolean asked = present(v, INTERVIEWEE);
        require(p, v, asked, INQUIRED_ON, "请填写询问日期");
        time(p, v, INQUIRED_TIME, false);
        require(p, v, asked, INQUIRY_PLACE, "请填写询问地点");
        require(p, v, asked, INTERVIEWEE_ROLE, "请填写被询问人的身份");
        require(p, v, asked, INQUIRY_RECORD, "请填写询问笔录的内容");
        // 现场检查笔录: once a site is named, when, who was present and what was found
        boolean site = present(v, SITE_PLACE);
        require(p, v, site, INSPECTED_ON, "请填写现场检查日期");
        time(p, v, INSPECTED_TIME, false);
        require(p, v, site, SITE_PRESENT, "请填写现场检查时在场的人员");
        require(p, v, site, SITE_RECORD, "请填写现场检查情况");
        require(p, v, true, OUTCOME, "请选择处理方式");
        Object outcome = v.get(OUTCOME);
        require(p, v, "RECTIFIED".equals(outcome), RECTIFY_BY, "责令改正的，请填写整改期限");
        require(p, v, "HANDLING_DECISION".equals(outcome), PAY_BY, "作出行政处理决定的，请填写支付期限");
        require(p, v, "TRANSFERRED".equals(outcome), DEPARTMENT, "移送的，请填写接收部门");
        Object sent = v.get(INQUIRY_NOTICE_SENT_ON);
        Object reply = v.get(REPLY_BY);
        if (sent != null
                && reply != null
                && LocalDate.parse(reply.toString()).isBefore(LocalDate.parse(sent.toString()))) {
            p.add(problem(REPLY_BY, "Order", "答复期限不能早于询问通知书送达日期"));
        }
        try {
            workers(str(v.get(WORKERS)));
        } catch (IllegalArgumentException e) {
            p.add(problem(WORKERS, "Format", e.getMessage()));
        }
    }

    private static boolean present(Map<String, Object> v, String field) {
        return v.get(field) != null && !v.get(field).toString().isBlank();
    }

    /** A time of day as 时:分 (e.g. 09:30). */
    private static void time(List<FieldProblem> p, Map<String, Object> v, String field, boolean required) {
        Object t = v.get(field);
        if (t == null || t.toString().isBlank()) {
            if (required) {
                p.add(problem(field, "NotBlank", "请填写时间，例如 09:30"));
            }
        } else if (!t.toString().strip().matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            p.add(problem(field, "Format", "时间应为“时:分”，例如 09:30"));
        }
    }

    private static void future(
            List<FieldProblem> p, Map<String, Object> v, String field, String message, TaskView task) {
        // the service checks the date against the clock as the step runs; nothing more to do here
    }

    private static void require(
            List<FieldProblem> p, Map<String, Object> v, boolean when, String field, String message) {
        if (when && (v.get(field) == null || v.get(field).toString().isBlank())) {
            p.add(problem(field, "NotBlank", message));
        }
    }

    private static FieldProblem problem(String field, String code, String message) {
        return new FieldProblem(field, code, message);
    }

    private static long caseId(TaskView task) {
        return InspectionCaseProcess.caseId(task.businessKey());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** Usernames typed into one field, separated by commas, 顿号 or spaces. */
    static List<String> usernames(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，、;；\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    /** One worker a line: 姓名 金额 (e.g. "张三 5200"). */
    static List<Investigation.WorkerOwed> workers(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Investigation.WorkerOwed> list = new ArrayList<>();
        int line = 0;
        for (String raw : text.split("\\R")) {
            line++;
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            String[] parts = s.split("[\\s,，]+");
            if (parts.length != 2 || parts[0].length() > 50) {
                throw new IllegalArgumentException("第" + line + "行应为“姓名 金额”，例如：张三 5200");
            }
            try {
                BigDecimal amount = new BigDecimal(parts[1]);
                if (amount.signum() < 0 || amount.scale() > 2) {
                    throw new NumberFormatException();
                }
                list.add(new Investigation.WorkerOwed(parts[0], amount));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("第" + line + "行的金额应为不小于0、最多两位小数的数字");
            }
        }
        return list;
    }
}
