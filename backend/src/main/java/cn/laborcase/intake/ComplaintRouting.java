package cn.laborcase.intake;

/**
 * Where a complaint goes on (分流). The rules are a decision table that legal staff own
 * (processes/complaint-routing.dmn); this is the port the registration calls, the process package evaluates it.
 */
public interface ComplaintRouting {

    RouteDecision route(Facts facts);

    /**
     * What the table decides on.
     *
     * @param emergencyWorkersThreshold the jurisdiction's threshold ({@link IntakeSettings}), an input of the table so
     *     that the table itself holds no local number
     * @param onlyDoubleWages a worker without a written contract asks only for the double wages (劳动合同法 §82), not
     *     for the contract to be signed
     */
    record Facts(
            ComplaintKind kind,
            ComplaintCategory category,
            int workersAffected,
            boolean employerAbsconded,
            int emergencyWorkersThreshold,
            boolean onlyDoubleWages) {

        /** Facts of a complaint that does not ask only for double wages. */
        public Facts(
                ComplaintKind kind,
                ComplaintCategory category,
                int workersAffected,
                boolean employerAbsconded,
                int emergencyWorkersThreshold) {
            this(kind, category, workersAffected, employerAbsconded, emergencyWorkersThreshold, false);
        }
    }

    /** @param reason in words, for the timeline, e.g. "拖欠工资涉及 30 人以上" */
    record RouteDecision(Route route, String reason) {}
}
