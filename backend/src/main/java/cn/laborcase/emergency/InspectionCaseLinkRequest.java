package cn.laborcase.emergency;

import cn.laborcase.shared.NumberAsText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** Links an open inspection case of the same employer and office to the incident ({@code caseId}). */
public record InspectionCaseLinkRequest(@JsonDeserialize(using = NumberAsText.class) String caseId) {}
