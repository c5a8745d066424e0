package cn.laborcase.documents.web;

import cn.laborcase.documents.DocumentAdministration;
import cn.laborcase.documents.NumberPatternView;
import cn.laborcase.documents.TemplateCheck;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/documents (administrators only, by the security chain): document types with template and version, number
 * patterns per office and type, and the template check that renders each type's sample.
 */
@Controller
@RequestMapping("/admin/documents")
class DocumentAdminController {

    private final DocumentAdministration administration;
    private final CurrentUsers currentUsers;

    DocumentAdminController(DocumentAdministration administration, CurrentUsers currentUsers) {
        this.administration = administration;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    String page(@RequestParam(required = false) String office, Model model) {
        return render(model, office, Map.of(), null);
    }

    @PostMapping("/patterns")
    String updatePattern(
            @RequestParam String officeCode,
            @RequestParam String typeCode,
            @RequestParam(required = false) String pattern,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            NumberPatternView saved = administration.updatePattern(
                    officeCode,
                    typeCode,
                    pattern,
                    version,
                    currentUsers.require().username());
            redirect.addFlashAttribute(
                    "flashSuccess",
                    saved.officeName() + "「" + saved.typeName() + "」文号格式已改为 " + saved.pattern() + "，下一文号："
                            + saved.example());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("flashError", "文号格式有误，未保存");
            return render(model, officeCode, DocumentController.errors(e.problems()), officeCode + "/" + typeCode);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/documents?office=" + officeCode + "#patterns";
    }

    @PostMapping("/{type}/check")
    String check(@PathVariable String type, RedirectAttributes redirect) {
        TemplateCheck check = administration.checkTemplate(type);
        if (check.ok()) {
            redirect.addFlashAttribute(
                    "flashSuccess",
                    check.typeName() + "模板正常：样例 " + check.pages() + " 页，" + (check.bytes() / 1024) + " KB，用时 "
                            + check.millis() + " 毫秒");
        } else {
            redirect.addFlashAttribute("flashError", check.error());
        }
        return "redirect:/admin/documents";
    }

    @GetMapping("/{type}/sample")
    ResponseEntity<byte[]> sample(@PathVariable String type) {
        return Downloads.pdf(administration.samplePdf(type), true);
    }

    private String render(Model model, String office, Map<String, String> errors, String failedKey) {
        var patterns = administration.patterns();
        String shown =
                office != null && patterns.stream().anyMatch(p -> p.officeCode().equals(office))
                        ? office
                        : patterns.isEmpty() ? null : patterns.get(0).officeCode();
        model.addAttribute("types", administration.types());
        model.addAttribute(
                "offices",
                patterns.stream()
                        .map(p -> Map.entry(p.officeCode(), p.officeName()))
                        .distinct()
                        .toList());
        model.addAttribute("office", shown);
        model.addAttribute(
                "patterns",
                patterns.stream().filter(p -> p.officeCode().equals(shown)).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("failedKey", failedKey);
        return "documents/admin";
    }
}
