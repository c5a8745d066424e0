package cn.laborcase.arbitration;

import cn.laborcase.shared.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may form the tribunal (调解仲裁法 §31): three arbitrators with a presiding one by default; a sole arbitrator for a
 * simple case; always three for a collective case (办案规则 on 集体劳动人事争议). The members are distinct arbitrators
 * of the committee.
 */
public final class TribunalRule {

    private TribunalRule() {}

    public static List<FieldProblem> problemsOf(TribunalRequest r, boolean collective, Set<String> arbitrators) {
        List<FieldProblem> problems = new ArrayList<>();
        String mode =
                r.mode() == null || r.mode().isBlank() ? "THREE" : r.mode().strip();
        if (!mode.equals("THREE") && !mode.equals("SOLE")) {
            problems.add(new FieldProblem("mode", "Unknown", "请选择仲裁庭组成方式：三名仲裁员或独任仲裁"));
            return problems;
        }
        if (mode.equals("SOLE") && collective) {
            problems.add(new FieldProblem("mode", "Collective", "集体劳动人事争议应当由三名仲裁员组成仲裁庭"));
            return problems;
        }
        List<String[]> fields = mode.equals("SOLE")
                ? List.<String[]>of(new String[] {"sole", r.sole(), "独任仲裁员"})
                : List.of(
                        new String[] {"presiding", r.presiding(), "首席仲裁员"},
                        new String[] {"arbitrator2", r.arbitrator2(), "第二名仲裁员"},
                        new String[] {"arbitrator3", r.arbitrator3(), "第三名仲裁员"});
        Set<String> seen = new HashSet<>();
        for (String[] f : fields) {
            if (f[1] == null || f[1].isBlank()) {
                problems.add(new FieldProblem(f[0], "NotBlank", "请选择" + f[2]));
            } else if (!arbitrators.contains(f[1].strip())) {
                problems.add(new FieldProblem(f[0], "NotArbitrator", f[2] + "须为本仲裁委员会的仲裁员"));
            } else if (!seen.add(f[1].strip())) {
                problems.add(new FieldProblem(f[0], "Duplicate", "同一仲裁员不能在仲裁庭中担任两个席位"));
            }
        }
        return problems;
    }
}
