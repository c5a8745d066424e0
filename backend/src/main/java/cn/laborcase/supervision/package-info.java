/**
 * Supervision (督办): the leader's home — the office's overdue and due-soon tasks and deadlines by grid and by person,
 * with working days left and who holds them, and the approvals waiting for him — and the overdue notices sent once to
 * an item's holder and the office's leaders when it goes overdue ({@link cn.laborcase.supervision.OverdueNotices}).
 */
package cn.laborcase.supervision;
