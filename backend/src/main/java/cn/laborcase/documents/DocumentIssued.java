package cn.laborcase.documents;

import java.time.Instant;

/** A document was issued (numbered, frozen). Published in the issuing transaction. */
public record DocumentIssued(
        long documentId, CaseReference caseRef, String typeCode, String number, Instant issuedAt, Long supersededId) {}
