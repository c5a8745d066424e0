package cn.laborcase.shared;

import java.util.List;

/** Input that passed the form checks but breaks a rule of the service: 400 naming each field. */
public class InvalidInputException extends DomainException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("VALIDATION_FAILED", "有 " + problems.size() + " 处填写有误");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String code, String message) {
        this(List.of(new FieldProblem(field, code, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
