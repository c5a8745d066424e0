package cn.laborcase.shared.web;

import cn.laborcase.shared.DatabaseOutage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Replaces Spring Boot's whitelabel {@code /error}: errors that no controller advice handled (an unknown address, a
 * refused method on a static resource, an exception in a page controller, a container error) become the Chinese
 * error page for browsers and an RFC 9457 problem for everything else. Never a stack trace or exception name.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

    private final ErrorAttributes errors;

    ErrorPageController(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        if (databaseOutage(request)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            return new ModelAndView(
                    "unavailable",
                    Map.of("status", 503, "detail", DatabaseOutage.MESSAGE),
                    HttpStatus.SERVICE_UNAVAILABLE);
        }
        HttpStatusCode status = statusOf(request);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("status", status.value());
        model.put("code", ErrorResponses.codeOf(status));
        model.put("detail", detailOf(request, status));
        response.setStatus(status.value());
        return new ModelAndView("error", model, status);
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        if (databaseOutage(request)) {
            return ErrorResponses.unavailable(errors.getError(new ServletWebRequest(request)));
        }
        HttpStatusCode status = statusOf(request);
        ProblemDetail problem =
                ErrorResponses.problem(status, ErrorResponses.codeOf(status), detailOf(request, status));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String detailOf(HttpServletRequest request, HttpStatusCode status) {
        if (!status.is5xxServerError()) {
            return ErrorResponses.messageOf(status);
        }
        String incident = ErrorResponses.incidentNumber();
        Throwable error = errors.getError(new ServletWebRequest(request));
        log.error(
                "error {} on {}, incident {}",
                status.value(),
                request.getAttribute("jakarta.servlet.error.request_uri"),
                incident,
                error);
        return ErrorResponses.internalError(incident);
    }

    /** An exception that escaped a filter or controller because the database could not be reached, or a 503. */
    private boolean databaseOutage(HttpServletRequest request) {
        Throwable error = errors.getError(new ServletWebRequest(request));
        return error != null && DatabaseOutage.causedBy(error);
    }

    private static HttpStatusCode statusOf(HttpServletRequest request) {
        Object code = request.getAttribute("jakarta.servlet.error.status_code");
        if (code instanceof Integer value && value >= 400) {
            return HttpStatusCode.valueOf(value);
        }
        // /error asked for directly (no error dispatch behind it): nothing failed, there is just no page here
        if (request.getAttribute("jakarta.servlet.error.request_uri") == null
                && request.getAttribute("jakarta.servlet.error.exception") == null) {
            return HttpStatus.NOT_FOUND;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
