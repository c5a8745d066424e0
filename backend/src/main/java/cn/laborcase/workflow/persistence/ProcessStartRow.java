package cn.laborcase.workflow.persistence;

import java.time.Instant;

/**
 * A process a staff member started, with what its tasks say now: the name of its process, its open steps (comma
 * separated) and whether it ended.
 */
public record ProcessStartRow(
        String processInstanceId,
        String processKey,
        String processName,
        String businessKey,
        String caseTitle,
        Instant startedAt,
        String openSteps,
        long openTasks) {}
