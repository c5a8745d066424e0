package cn.laborcase.documents.web;

import cn.laborcase.documents.Verification;
import cn.laborcase.documents.VerificationView;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * /verify: public (no login), for anyone holding a document. Shows what was issued under a code and, for an uploaded
 * PDF, whether its fingerprint matches. Rate-limited per client address (429).
 */
@Controller
class VerifyController {

    private final Verification verification;
    private final VerificationRateLimit rateLimit;

    VerifyController(Verification verification, VerificationRateLimit rateLimit) {
        this.verification = verification;
        this.rateLimit = rateLimit;
    }

    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response) {
        if (code != null && !code.isBlank()) {
            return "redirect:/verify/" + code.strip().replaceAll("[^0-9A-Za-z-]", "");
        }
        return "documents/verify";
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        return attempt(code, request, response, model, () -> verification.verify(code));
    }

    @PostMapping("/verify/{code}")
    String compare(
            @PathVariable String code,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return attempt(code, request, response, model, () -> verification.verify(code, bytes(file)));
    }

    private String attempt(
            String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Supplier<VerificationView> check) {
        model.addAttribute("code", code);
        if (!rateLimit.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            model.addAttribute("limited", true);
            return "documents/verify";
        }
        try {
            model.addAttribute("result", check.get());
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("notFound", true);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("result", verification.verify(code));
            model.addAttribute("uploadError", e.problems().get(0).message());
        }
        return "documents/verify";
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > Verification.MAX_UPLOAD_BYTES) {
            throw new InvalidInputException("file", "Size", "文件不能超过5 MB");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
