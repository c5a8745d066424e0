package cn.laborcase.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every wrong field of a request, from its Bean Validation constraints and from the service's rules (small
 * rule objects such as {@link PrintableText} that return {@link FieldProblem}s), so that one 400 names them all and
 * nothing is written. The one validation style of forms and API alike: a service builds its {@code Problems}, adds
 * its rules' findings and calls {@link #throwIfAny()} before it writes; page controllers call the service and let
 * {@code shared.web.FormErrors} put the problems back on the page.
 */
public final class Problems {

    private final List<FieldProblem> problems = new ArrayList<>();

    private Problems() {}

    public static Problems of(Validator validator, Object request) {
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
    public static int requireVersion(Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "NotNull", "缺少版本号，请刷新页面后重试");
        }
        return version;
    }

    public Problems add(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
        return this;
    }

    /** Adds a rule's finding, if any (e.g. {@code PrintableText.problemOf}). */
    public Problems add(java.util.Optional<FieldProblem> problem) {
        problem.ifPresent(problems::add);
        return this;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
