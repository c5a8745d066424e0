package cn.laborcase.arbitration;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.arbitration.simple-procedure}: the amount up to which a case may be handled simply for its small
 * amount (办案规则 §56(二): 标的额不超过本省、自治区、直辖市上年度职工年平均工资), owned by legal staff and changed each
 * year with the province's published figure.
 *
 * @param amountLimit the figure in yuan, inclusive
 * @param source where the figure comes from, printed in the decision
 */
@ConfigurationProperties("laborcase.arbitration.simple-procedure")
public record SimpleProcedureSettings(BigDecimal amountLimit, String source) {

    public SimpleProcedureSettings {
        amountLimit = amountLimit == null ? BigDecimal.ZERO : amountLimit;
        source = source == null ? "" : source;
    }
}
