package cn.laborcase.emergency;

import cn.laborcase.shared.NumberAsText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The 处置情况报告 of the responsible inspector; the fund advanced and still to recover are taken from the incident's
 * money, not typed.
 *
 * @param summary how the incident was handled
 * @param amountRecovered yuan recovered from the employer for the fund so far
 */
public record ClosureRequest(String summary, @JsonDeserialize(using = NumberAsText.class) String amountRecovered) {}
