package cn.laborcase.cases;

import cn.laborcase.shared.CaseType;
import java.util.Optional;

/**
 * A track names its cases for the screens of other modules: the case number (东湖投诉〔2026〕5号) of a case known by
 * its {@code CaseRef}. One bean per case type; {@link CaseNames} asks them.
 */
public interface CaseNaming {

    CaseType caseType();

    /** The case's number, or empty for an unknown id. */
    Optional<String> number(long id);
}
