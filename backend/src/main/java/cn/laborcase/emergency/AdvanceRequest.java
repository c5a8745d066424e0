package cn.laborcase.emergency;

import cn.laborcase.shared.NumberAsText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * An inspector's request to advance wages from the emergency revolving fund (应急周转金).
 *
 * @param workers the workers to be advanced to (at most the incident's headcount)
 * @param amount yuan, up to two decimals; at most the cap (laborcase.emergency.fund)
 */
public record AdvanceRequest(
        @JsonDeserialize(using = NumberAsText.class) String workers,
        @JsonDeserialize(using = NumberAsText.class) String amount,
        String reason) {}
