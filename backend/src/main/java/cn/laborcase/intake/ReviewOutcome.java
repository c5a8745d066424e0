package cn.laborcase.intake;

import cn.laborcase.shared.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The decision of the admissibility review with what each decision needs (25号令 §18): a refusal its reason from the
 * list (and words when the reason is "other"), a 补正 request the missing items all at once, a referral its target
 * (and the receiving department where the target does not name one). Field names are the review form's keys.
 */
public record ReviewOutcome(
        Decision decision,
        RefusalReason refusalReason,
        String decisionText,
        String correctionItems,
        ReferralTarget referralTarget,
        String referralDepartment) {

    public static final String DECISION = "decision";
    public static final String REFUSAL_REASON = "refusalReason";
    public static final String DECISION_TEXT = "decisionText";
    public static final String CORRECTION_ITEMS = "correctionItems";
    public static final String REFERRAL_TARGET = "referralTarget";
    public static final String REFERRAL_DEPARTMENT = "referralDepartment";

    /** From the form's values (codes as strings); unknown codes become null and are reported by {@link #problems}. */
    public static ReviewOutcome of(
            Object decision, Object refusalReason, Object text, Object items, Object target, Object department) {
        return new ReviewOutcome(
                parse(Decision.class, decision),
                parse(RefusalReason.class, refusalReason),
                text(text),
                text(items),
                parse(ReferralTarget.class, target),
                text(department));
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(new FieldProblem(DECISION, "NotBlank", "请选择审查决定"));
            return problems;
        }
        switch (decision) {
            case REFUSE -> {
                if (refusalReason == null) {
                    problems.add(new FieldProblem(REFUSAL_REASON, "NotBlank", "不予受理须选择理由"));
                } else if (refusalReason == RefusalReason.OTHER && decisionText == null) {
                    problems.add(new FieldProblem(DECISION_TEXT, "NotBlank", "选择「其他理由」时须写明不予受理的理由"));
                }
            }
            case CORRECTION -> {
                if (correctionItems == null) {
                    problems.add(new FieldProblem(CORRECTION_ITEMS, "NotBlank", "通知补正须一次性写明需补正的全部材料"));
                }
            }
            case REFER -> {
                if (referralTarget == null) {
                    problems.add(new FieldProblem(REFERRAL_TARGET, "NotBlank", "告知/移送须选择去向"));
                } else if (referralTarget.needsDepartmentName() && referralDepartment == null) {
                    problems.add(new FieldProblem(REFERRAL_DEPARTMENT, "NotBlank", "请写明接收部门的名称"));
                }
            }
            case ACCEPT -> {
                // 受理 needs nothing more: the case is opened the same day
            }
        }
        return problems;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Object value) {
        String code = text(value);
        return code == null
                ? null
                : Arrays.stream(type.getEnumConstants())
                        .filter(c -> c.name().equals(code))
                        .findFirst()
                        .orElse(null);
    }
}
