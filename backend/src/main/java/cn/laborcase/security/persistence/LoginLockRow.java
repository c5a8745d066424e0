package cn.laborcase.security.persistence;

import java.time.Instant;

/** A row of {@code login_lock}: failures of one name at one address, and the lock they led to. */
public record LoginLockRow(int failures, Instant lockedUntil) {}
