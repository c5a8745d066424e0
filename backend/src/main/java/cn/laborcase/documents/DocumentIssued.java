package cn.laborcase.documents;

import cn.laborcase.shared.CaseRef;
import java.time.Instant;

/** A document was issued (numbered, frozen). Published in the issuing transaction. */
public record DocumentIssued(
        long documentId, CaseRef caseRef, String typeCode, String number, Instant issuedAt, Long supersededId) {}
