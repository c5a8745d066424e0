package cn.laborcase.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints that fail in every way the API must answer with a problem. It lives in the test sources, so
 * only the test application has it.
 */
@RestController
@RequestMapping("/api/test/problems")
class ProblemProbeController {

    record ProbeRequest(
            @NotBlank(message = "请填写单位名称") String name,
            @NotNull(message = "请填写涉及人数") @Min(value = 1, message = "涉及人数至少为 1") Integer workers) {}

    @GetMapping("/ok")
    Map<String, String> ok() {
        return Map.of("status", "ok");
    }

    @PostMapping("/echo")
    Map<String, Object> echo(@RequestBody Map<String, Object> body) {
        return body;
    }

    @PostMapping("/validated")
    ProbeRequest validated(@Valid @RequestBody ProbeRequest request) {
        return request;
    }

    @GetMapping("/items/{id}")
    Map<String, Object> item(
            @PathVariable long id,
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "每页条数至少为 1")
                    @Max(value = 100, message = "每页条数至多为 100")
                    int size) {
        return Map.of("id", id, "size", size);
    }

    @GetMapping("/missing")
    void missing() {
        throw new NotFoundException("测试记录", 42);
    }

    @GetMapping("/conflict")
    void conflict() {
        throw new ConflictException("CASE_CLOSED", "案件〔2026〕第12号已结案，不能再安排开庭");
    }

    @GetMapping("/forbidden")
    void forbidden() {
        throw new ForbiddenException("NOT_CANDIDATE", "此任务不在您的办理范围内");
    }

    @GetMapping("/invalid")
    void invalid() {
        throw new InvalidInputException("creditCode", "CheckDigit", "统一社会信用代码校验位不正确");
    }

    @GetMapping("/boom")
    void boom() {
        throw new IllegalStateException("secret internal detail in cn.laborcase.Internals");
    }
}
