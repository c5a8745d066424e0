package cn.laborcase.hearing;

/** Cancels a hearing: its version as read and the reason (取消原因), printed in the case's timeline. */
public record CancelRequest(Integer version, String reason) {}
