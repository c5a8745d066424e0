package cn.laborcase.mediation;

/**
 * The committee's director assigns an arbitrator of the office to review a jointly applied agreement (仲裁审查).
 *
 * @param reviewer the arbitrator's username
 * @param version the review's version as read ({@code review.version} of the case view)
 */
public record ReviewAssignmentRequest(String reviewer, Integer version) {}
