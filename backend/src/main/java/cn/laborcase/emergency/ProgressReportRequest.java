package cn.laborcase.emergency;

import cn.laborcase.shared.NumberAsText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A progress report of the responsible inspector; numbers as text, so a wrong type is a 400 naming the field.
 *
 * @param actions what was done since the last report
 * @param workersPaid workers paid so far
 * @param amountPaid yuan paid so far
 * @param nextSteps what comes next
 */
public record ProgressReportRequest(
        String actions,
        @JsonDeserialize(using = NumberAsText.class) String workersPaid,
        @JsonDeserialize(using = NumberAsText.class) String amountPaid,
        String nextSteps) {}
