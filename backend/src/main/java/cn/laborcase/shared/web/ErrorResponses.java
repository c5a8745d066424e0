package cn.laborcase.shared.web;

import cn.laborcase.shared.DatabaseOutage;
import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The stable codes, Chinese titles and messages shared by the API's problems and the error page. */
final class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {}

    static ProblemDetail problem(HttpStatusCode status, String code, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setType(URI.create("urn:laborcase:problem:" + code));
        problem.setTitle(titleOf(status));
        problem.setProperty("code", code);
        return problem;
    }

    /** The problem for a status alone, when no handler said more (framework and container errors). */
    static ProblemDetail problem(HttpStatusCode status) {
        return problem(status, codeOf(status), messageOf(status));
    }

    static String incidentNumber() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** 503 with Retry-After: the database cannot be reached (a restart, a network cut); the request was fine. */
    static ResponseEntity<ProblemDetail> unavailable(Throwable cause) {
        log.warn("database unreachable, answered 503: {}", rootMessage(cause));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE", DatabaseOutage.MESSAGE));
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static String internalError(String incident) {
        return "系统内部错误，请联系管理员（事件编号 " + incident + "）";
    }

    static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST";
        }
        return switch (known) {
            case BAD_REQUEST -> "BAD_REQUEST";
            case UNAUTHORIZED -> "UNAUTHORIZED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case CONFLICT -> "CONFLICT";
            case PAYLOAD_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case SERVICE_UNAVAILABLE -> "SERVICE_UNAVAILABLE";
            default -> known.is5xxServerError() ? "INTERNAL_ERROR" : known.name();
        };
    }

    static String messageOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is5xxServerError() ? "系统暂时无法处理您的请求，请稍后再试" : "请求有误，请检查后重试";
        }
        return switch (known) {
            case BAD_REQUEST -> "请求有误，请检查后重试";
            case UNAUTHORIZED -> "请先登录";
            case FORBIDDEN -> "您没有访问此页面或办理此事项的权限";
            case NOT_FOUND -> "请求的地址或记录不存在";
            case METHOD_NOT_ALLOWED -> "不支持此操作方式";
            case NOT_ACCEPTABLE -> "无法以所要求的格式返回结果";
            case CONFLICT -> "操作冲突，请刷新后重试";
            case PAYLOAD_TOO_LARGE -> "提交的内容过大";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持所提交内容的格式，请使用 JSON";
            case SERVICE_UNAVAILABLE -> "系统暂时不可用，请稍后再试";
            default -> known.is5xxServerError() ? "系统暂时无法处理您的请求，请稍后再试" : "请求有误，请检查后重试";
        };
    }

    static String titleOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is5xxServerError() ? "系统错误" : "请求有误";
        }
        return switch (known) {
            case BAD_REQUEST -> "填写有误";
            case UNAUTHORIZED -> "请先登录";
            case FORBIDDEN -> "无权操作";
            case NOT_FOUND -> "未找到";
            case CONFLICT -> "操作冲突";
            case METHOD_NOT_ALLOWED -> "操作方式不支持";
            default -> known.is5xxServerError() ? "系统错误" : "请求有误";
        };
    }
}
