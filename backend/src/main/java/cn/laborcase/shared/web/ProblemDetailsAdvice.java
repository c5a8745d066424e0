package cn.laborcase.shared.web;

import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.DomainException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where API errors become RFC 9457 problems: 400 naming every wrong field, 403, 404, 409; a message a
 * clerk understands (Chinese) plus a stable {@code code}; never a stack trace.
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

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "您没有办理此事项的权限"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("unexpected error, incident {}", incident, e);
        ProblemDetail problem =
                problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "系统内部错误，请联系管理员（事件编号 " + incident + "）");
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
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "请求内容格式错误，无法识别，请检查后重新提交"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldProblem(e.getParameterName(), "Required", "缺少必填参数")));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "请求的地址不存在"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .body(problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持此操作方式"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldProblem(e.getName(), "TypeMismatch", "格式不正确：" + e.getValue())));
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> problems) {
        InvalidInputException e = new InvalidInputException(problems);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
        problem.setProperty("errors", problems);
        return ResponseEntity.badRequest().body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String code, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setType(URI.create("urn:laborcase:problem:" + code));
        problem.setTitle(titleOf(status));
        problem.setProperty("code", code);
        return problem;
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

    private static String titleOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "填写有误";
            case UNAUTHORIZED -> "请先登录";
            case FORBIDDEN -> "无权操作";
            case NOT_FOUND -> "未找到";
            case CONFLICT -> "操作冲突";
            case METHOD_NOT_ALLOWED -> "操作方式不支持";
            default -> "系统错误";
        };
    }

    private static String lastCode(String[] codes) {
        return codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
    }
}
