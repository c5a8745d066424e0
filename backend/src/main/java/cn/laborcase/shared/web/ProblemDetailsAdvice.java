package cn.laborcase.shared.web;

import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.DatabaseOutage;
import cn.laborcase.shared.DomainException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where API errors become RFC 9457 problems: 400 naming every wrong field, 403, 404, 409; a message a
 * clerk understands (Chinese) plus a stable {@code code}; never a stack trace, never a 500 for bad input. Errors that
 * never reach a controller (unknown address, container errors) get the same shape from {@link ErrorPageController}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        HttpStatus status = statusOf(e);
        ProblemDetail problem = problem(status, e.code(), e.getMessage());
        if (e instanceof InvalidInputException invalid) {
            problem.setProperty("errors", invalid.problems());
        }
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> concurrentEdit(RuntimeException e) {
        ConflictException conflict = ConflictException.concurrentEdit("该事项");
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, conflict.code(), conflict.getMessage()));
    }

    /** A unique key the service did not check first: two people registered the same thing at once. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        log.warn(
                "duplicate key reached the database: {}",
                e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, "DUPLICATE", "该记录已存在（可能他人刚刚提交了相同内容），请刷新后核对"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "您没有办理此事项的权限"));
    }

    /** Bean Validation on a service method ({@code @Validated}): still the caller's input, so 400. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            problems.add(new FieldProblem(
                    leafName(v.getPropertyPath()),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    v.getMessage()));
        }
        return invalid(problems);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldProblem(e.getName(), "TypeMismatch", "格式不正确：" + e.getValue())));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            return ErrorResponses.unavailable(e);
        }
        String incident = ErrorResponses.incidentNumber();
        log.error("unexpected error, incident {}", incident, e);
        ProblemDetail problem =
                problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", ErrorResponses.internalError(incident));
        problem.setProperty("incident", incident);
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(f -> problems.add(new FieldProblem(f.getField(), f.getCode(), f.getDefaultMessage())));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> problems.add(new FieldProblem(g.getObjectName(), g.getCode(), g.getDefaultMessage())));
        return invalid(problems);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(err ->
                            problems.add(new FieldProblem(name, lastCode(err.getCodes()), err.getDefaultMessage())));
        });
        return invalid(problems);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Optional<FieldProblem> field = unreadableField(e);
        if (field.isPresent()) {
            return invalid(List.of(field.get()));
        }
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "请求内容格式错误，无法识别，请检查后重新提交"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldProblem(e.getParameterName(), "Required", "缺少必填参数")));
    }

    /**
     * Every other framework exception (415, 405, 406, missing header...) arrives here with Spring's English detail,
     * which may quote internals: replace it by the Chinese message and code of its status.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        boolean ours = body instanceof ProblemDetail problem
                && problem.getProperties() != null
                && problem.getProperties().containsKey("code");
        if (!ours) {
            ProblemDetail replacement = ErrorResponses.problem(status);
            if (status.is5xxServerError()) {
                String incident = ErrorResponses.incidentNumber();
                log.error("framework error, incident {}", incident, e);
                replacement.setDetail(ErrorResponses.internalError(incident));
                replacement.setProperty("incident", incident);
            }
            body = replacement;
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /**
     * A well-formed body with a value of the wrong type in one field (a number for a date, 1.5 for a count, text for
     * a number, an object for a name): that field, named as the request names it ({@code complainants[0].name}).
     */
    static Optional<FieldProblem> unreadableField(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JsonMappingException mismatch)
                || mismatch.getPath().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : mismatch.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return Optional.of(new FieldProblem(path.toString(), "TypeMismatch", "格式不正确，请按说明填写（日期为 年-月-日 文本，人数为整数）"));
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> problems) {
        InvalidInputException e = new InvalidInputException(problems);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
        problem.setProperty("errors", problems);
        return ResponseEntity.badRequest().body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String code, String message) {
        return ErrorResponses.problem(status, code, message);
    }

    static HttpStatus statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof ForbiddenException) {
            return HttpStatus.FORBIDDEN;
        }
        return HttpStatus.BAD_REQUEST;
    }

    private static String leafName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? path.toString() : name;
    }

    private static String lastCode(String[] codes) {
        return codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
    }
}
