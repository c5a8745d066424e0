package cn.laborcase.intake;

import cn.laborcase.employer.CreditCode;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.employer.GridPlacement;
import cn.laborcase.employer.NewEmployer;
import cn.laborcase.intake.RegisterComplaintRequest.EmployerRequest;
import cn.laborcase.shared.FieldProblem;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The employer of a registration: from the master record by credit code, or one to add with its name, address and
 * grid (chosen, or found from district and address; 条例 §13: handled by the office of that grid).
 */
@Component
class EmployerChoices {

    private final EmployerRegistry employers;

    EmployerChoices(EmployerRegistry employers) {
        this.employers = employers;
    }

    /** Adds field problems when something needed is missing; null then. */
    EmployerChoice choose(EmployerRequest request, List<FieldProblem> problems) {
        CreditCode code = codeOf(request.creditCode());
        Optional<EmployerView> existing = employers.find(code);
        if (existing.isPresent()) {
            return new EmployerChoice(
                    code, existing.get(), null, null, existing.get().officeCode());
        }
        int before = problems.size();
        if (request.name() == null || request.name().isBlank()) {
            problems.add(new FieldProblem("employer.name", "NotBlank", "该用人单位尚未登记，请填写单位名称"));
        }
        if (request.address() == null || request.address().isBlank()) {
            problems.add(new FieldProblem("employer.address", "NotBlank", "该用人单位尚未登记，请填写用工地址"));
        }
        Optional<GridPlacement> placement =
                employers.placeNew(request.district(), request.address(), request.gridCode());
        if (placement.isEmpty()) {
            boolean chosen = request.gridCode() != null && !request.gridCode().isBlank();
            problems.add(new FieldProblem(
                    "employer.gridCode",
                    chosen ? "UnknownGrid" : "NotDetermined",
                    chosen ? "所选网格不存在或已停用" : "无法根据所在区和地址确定用人单位所属网格，请选择网格"));
        }
        if (problems.size() > before) {
            return null;
        }
        GridPlacement grid = placement.get();
        return new EmployerChoice(
                code,
                null,
                new NewEmployer(code, request.name().strip(), request.address().strip(), grid.gridCode()),
                grid.basis(),
                grid.officeCode());
    }

    /**
     * The employer in the registry, adding it when it is not there yet. A registration about the same new employer
     * running at once adds it first: this one then fails with a duplicate key and is retried, and finds it.
     */
    Registered registered(EmployerChoice choice) {
        Optional<EmployerView> found =
                choice.existing() != null ? Optional.of(choice.existing()) : employers.find(choice.code());
        if (found.isPresent()) {
            return new Registered(found.get(), "");
        }
        EmployerView added = employers.register(choice.toRegister());
        return new Registered(added, "；用人单位新增至名录，网格 " + added.gridCode() + "（" + choice.gridBasis() + "）");
    }

    Optional<EmployerView> find(String creditCode) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
        if (CreditCode.problemOf(code).isPresent()) {
            return Optional.empty();
        }
        return employers.find(new CreditCode(code));
    }

    private static CreditCode codeOf(String creditCode) {
        return new CreditCode(creditCode.strip().toUpperCase(Locale.ROOT));
    }

    /** @param existing the registered employer, or null when {@code toRegister} is to be added */
    record EmployerChoice(
            CreditCode code, EmployerView existing, NewEmployer toRegister, String gridBasis, String officeCode) {}

    /** The employer as registered, with the timeline's note when this registration added it. */
    record Registered(EmployerView employer, String note) {}
}
