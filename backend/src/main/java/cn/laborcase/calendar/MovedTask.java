package cn.laborcase.calendar;

import java.time.LocalDate;

/**
 * A user task whose due date moved because its deadline was recomputed: the people to tell.
 *
 * @param assignee the task's holder; {@code null} if unclaimed (then its candidate groups see it in their inbox)
 * @param oldDueDate {@code null} if it had none; {@code newDueDate} is {@code null} while the deadline is paused
 */
public record MovedTask(
        String taskId, String taskName, String assignee, long deadlineId, LocalDate oldDueDate, LocalDate newDueDate) {}
