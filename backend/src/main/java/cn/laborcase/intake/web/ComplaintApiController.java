package cn.laborcase.intake.web;

import cn.laborcase.intake.ComplainantDetail;
import cn.laborcase.intake.ComplaintCategory;
import cn.laborcase.intake.ComplaintFilter;
import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.ComplaintRegistration;
import cn.laborcase.intake.ComplaintStatus;
import cn.laborcase.intake.ComplaintSummary;
import cn.laborcase.intake.ComplaintView;
import cn.laborcase.intake.Complaints;
import cn.laborcase.intake.RegisterComplaintRequest;
import cn.laborcase.intake.Registration;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.Page;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/complaints}: registration by integrations (12333 hotline, the wage-arrears clue platform) and the
 * complaint resource. docs/intake.md has an example.
 */
@RestController
@RequestMapping("/api/complaints")
class ComplaintApiController {

    private final ComplaintRegistration registration;
    private final Complaints complaints;
    private final CurrentUsers currentUsers;

    ComplaintApiController(ComplaintRegistration registration, Complaints complaints, CurrentUsers currentUsers) {
        this.registration = registration;
        this.complaints = complaints;
        this.currentUsers = currentUsers;
    }

    /**
     * 201 with the complaint's id, number, status, acceptance due date, route; {@code merged} for a duplicate. With an
     * {@code Idempotency-Key}, a repeat of the same request answers the same; the key with another request is a 409.
     */
    @PostMapping
    ResponseEntity<Registration> register(
            @RequestBody RegisterComplaintRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Registration result = registration.register(currentUsers.require(), request, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/complaints/" + result.id()))
                .body(result);
    }

    @GetMapping("/{id}")
    ComplaintView get(@PathVariable long id) {
        return complaints.get(currentUsers.require(), new ComplaintId(id));
    }

    @GetMapping
    Page<ComplaintSummary> list(
            @RequestParam(required = false) ComplaintStatus status,
            @RequestParam(required = false) ComplaintCategory category,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String idNumber) {
        return complaints.page(currentUsers.require(), new ComplaintFilter(status, category, page, size, idNumber));
    }

    /** The parties unmasked (a reporter only for those allowed); every call is audited. */
    @GetMapping("/{id}/complainants")
    List<ComplainantDetail> complainants(@PathVariable long id) {
        return complaints.reveal(currentUsers.require(), new ComplaintId(id));
    }
}
