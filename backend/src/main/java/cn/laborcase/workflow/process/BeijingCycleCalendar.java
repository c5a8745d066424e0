package cn.laborcase.workflow.process;

import cn.laborcase.shared.BeijingTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.scheduling.support.CronExpression;

/**
 * The engine's calendar of timer cycles, reading cron expressions in Beijing time whatever the JVM's time zone: Camunda
 * reads {@code 0 0 8 1 * ?} in the JVM's zone, so a server started in UTC drew the monthly patrol plans at 16:00
 * Beijing time (and one in a zone with summer time an hour off half the year). ISO 8601 cycles ({@code R/…}) are
 * left to Camunda: they carry their own offset.
 */
class BeijingCycleCalendar extends CycleBusinessCalendar {

    @Override
    public Date resolveDuedate(String duedateDescription, Date startDate, long repeatOffset) {
        if (duedateDescription.startsWith("R")) {
            return super.resolveDuedate(duedateDescription, startDate, repeatOffset);
        }
        Date from = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        var next = CronExpression.parse(duedateDescription.strip())
                .next(from.toInstant().atZone(BeijingTime.ZONE));
        if (next == null) {
            throw new IllegalArgumentException("the cron expression " + duedateDescription + " never fires");
        }
        return Date.from(next.toInstant());
    }
}
