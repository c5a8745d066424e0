package cn.laborcase.intake.web;

import cn.laborcase.intake.Complaints;
import cn.laborcase.intake.PublicStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /public/status} (no login): a complainant looks up his complaint by its number and his phone number and
 * sees the status, the next step and its date, nothing more. A wrong number and a wrong phone get the same answer,
 * so that the page tells nobody which complaint numbers exist. Lookups are posted (the phone number stays out of
 * addresses and logs) and limited per address.
 */
@Controller
class PublicStatusController {

    private final Complaints complaints;
    private final PublicStatusLimit limit;

    PublicStatusController(Complaints complaints, PublicStatusLimit limit) {
        this.complaints = complaints;
        this.limit = limit;
    }

    @GetMapping("/public/status")
    String form() {
        return "intake/public-status";
    }

    @PostMapping("/public/status")
    String lookup(
            @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String phone,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("number", number);
        if (!limit.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            model.addAttribute("error", "查询过于频繁，请一分钟后再试");
            return "intake/public-status";
        }
        Optional<PublicStatus> status = complaints.publicStatus(canonicalNumber(number), phone);
        if (status.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("error", "未找到：请核对投诉编号和登记时留的联系电话");
            return "intake/public-status";
        }
        model.addAttribute("status", status.get());
        return "intake/public-status";
    }

    /**
     * The number as printed (东湖投诉〔2026〕4号), whatever brackets the complainant typed: （2026）, (2026) or 〔2026〕 —
     * the 〔〕 of GB/T 9704 are not on a phone keyboard.
     */
    static String canonicalNumber(String number) {
        return number == null
                ? null
                : number.strip()
                        .replace('（', '〔')
                        .replace('(', '〔')
                        .replace('[', '〔')
                        .replace('［', '〔')
                        .replace('）', '〕')
                        .replace(')', '〕')
                        .replace(']', '〕')
                        .replace('］', '〕')
                        .replace(" ", "");
    }
}
