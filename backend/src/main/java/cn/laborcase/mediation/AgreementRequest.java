package cn.laborcase.mediation;

import java.time.LocalDate;
import java.util.List;

/**
 * The agreement reached (调解协议书, 调解仲裁法 §14): the day both parties and the mediator signed it, the items as
 * agreed, and the terms (how and when the employer pays).
 */
public record AgreementRequest(LocalDate signedOn, List<ClaimRequest> items, String terms) {

    public AgreementRequest {
        items = items == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }
}
