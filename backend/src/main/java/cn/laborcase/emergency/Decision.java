package cn.laborcase.emergency;

import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.PrintableText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A leader's yes or no with an opinion, checked at the door; a no needs an opinion. */
record Decision(boolean approve, String opinion) {

    static Decision of(
            AdvanceDecisionRequest request,
            String choices,
            String opinionRequired,
            PrintableText opinionRule,
            String yes,
            String no) {
        List<FieldProblem> problems = new ArrayList<>();
        String decision = request == null || request.decision() == null
                ? null
                : request.decision().strip().toUpperCase(Locale.ROOT);
        if (!yes.equals(decision) && !no.equals(decision)) {
            problems.add(new FieldProblem("decision", "NotAllowed", "请选择审批意见：" + choices));
        }
        String opinion = request == null ? null : request.opinion();
        opinionRule.problemOf("opinion", opinion).ifPresent(problems::add);
        if (no.equals(decision) && (opinion == null || opinion.isBlank())) {
            problems.add(new FieldProblem("opinion", "NotBlank", opinionRequired));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String text = opinion == null || opinion.isBlank() ? null : PrintableText.normalizeNewlines(opinion.strip());
        return new Decision(yes.equals(decision), text);
    }
}
