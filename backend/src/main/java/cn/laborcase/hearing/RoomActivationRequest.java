package cn.laborcase.hearing;

/** Deactivate ({@code active: false}, 停用) or reactivate a room, at the version the administrator saw. */
public record RoomActivationRequest(Integer version, Boolean active) {}
