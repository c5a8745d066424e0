package cn.laborcase.arbitration;

import cn.laborcase.shared.NumberAsText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * The tribunal's award (仲裁裁决书): a ruling on every claim item.
 *
 * @param items one per claim item, by its position (0 = the first)
 * @param byDefault the respondent did not appear without good reason: a default award (缺席裁决, 法 §36)
 */
public record AwardRequest(List<Item> items, Boolean byDefault) {

    /**
     * @param outcome AWARDED (支持) or REJECTED (驳回)
     * @param amount yuan awarded, at most two decimals; empty for a non-money item or a rejected one
     * @param reasoning the tribunal's reasons for the item
     */
    public record Item(
            Integer position,
            String outcome,
            @JsonDeserialize(using = NumberAsText.class) String amount,
            String reasoning) {}
}
