package cn.laborcase.organization;

import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every wrong field of a request, from its Bean Validation constraints and from the service's rules, so that
 * one 400 names them all and nothing is written.
 */
final class Problems {

    private final List<FieldProblem> problems = new ArrayList<>();

    private Problems() {}

    static Problems of(Validator validator, Object request) {
        Problems p = new Problems();
        validator.validate(request).stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> p.add(
                        v.getPropertyPath().toString(),
                        v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName(),
                        v.getMessage()));
        return p;
    }

    /** The version a form was loaded with; a form without one cannot be checked for concurrent edits. */
    static int requireVersion(Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "NotNull", "缺少版本号，请刷新页面后重试");
        }
        return version;
    }

    Problems add(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
        return this;
    }

    boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
