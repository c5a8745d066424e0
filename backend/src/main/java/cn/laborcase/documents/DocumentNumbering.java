package cn.laborcase.documents;

import cn.laborcase.documents.persistence.DocumentMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free numbers per office, type and year. The number is taken in the issuing transaction from a row locked with
 * {@code select ... for update} and incremented there: concurrent issues of the same key queue on the lock, and a
 * rollback (a template error, a lost optimistic lock) gives the number back. Portable SQL, no sequences (a database
 * sequence would leave gaps on rollback).
 */
@Component
class DocumentNumbering {

    private final DocumentMapper mapper;

    DocumentNumbering(DocumentMapper mapper) {
        this.mapper = mapper;
    }

    /** Takes the next number; the caller's transaction holds the key's lock until it ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(String officeCode, String typeCode, int year) {
        Integer next = mapper.lockSequence(officeCode, typeCode, year);
        if (next == null) {
            // first document of the key: creators queue on the office row, so only the first inserts the key and
            // the others (whose next statement sees the committed row) lock it; no insert race can abort a caller
            mapper.lockOffice(officeCode);
            next = mapper.lockSequence(officeCode, typeCode, year);
            if (next == null) {
                mapper.insertSequence(officeCode, typeCode, year);
                next = 1;
            }
        }
        mapper.advanceSequence(officeCode, typeCode, year);
        return next;
    }

    /** The number the next issue would take (for pages and tests); 1 for a key never used. */
    @Transactional(readOnly = true)
    int peek(String officeCode, String typeCode, int year) {
        Integer next = mapper.currentSequence(officeCode, typeCode, year);
        return next == null ? 1 : next;
    }
}
