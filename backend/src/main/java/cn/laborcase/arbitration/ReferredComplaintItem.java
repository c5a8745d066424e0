package cn.laborcase.arbitration;

import java.time.Instant;

/** A complaint the intake referred to arbitration, not registered yet (待登记的移送案件). */
public record ReferredComplaintItem(long complaintId, String complaintNumber, Instant referredAt) {}
