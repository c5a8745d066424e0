package cn.laborcase.intake;

/**
 * A party unmasked: only from {@link Complaints#reveal}, which audits every call.
 *
 * @param joinedByMerge he came with a registration merged into this complaint
 */
public record ComplainantDetail(
        int position,
        PartyKind kind,
        String name,
        String idNumber,
        String phone,
        String address,
        String email,
        boolean joinedByMerge,
        boolean emailConsent,
        String occupation,
        String workplace) {}
