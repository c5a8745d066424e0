package cn.laborcase.documents.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Documents, their participants, recipients and PDFs. There is no update of an issued document's data or bytes. */
@Mapper
public interface DocumentMapper {

    void insert(@Param("row") DocumentRow row, @Param("key") GeneratedKey key);

    void insertParticipant(@Param("documentId") long documentId, @Param("username") String username);

    void insertRecipient(
            @Param("documentId") long documentId,
            @Param("position") int position,
            @Param("name") String name,
            @Param("role") String role,
            @Param("address") String address,
            @Param("email") String email,
            @Param("emailConsent") boolean emailConsent);

    Optional<DocumentRow> findById(long id);

    Optional<DocumentRow> findByCode(String code);

    int countCode(String code);

    List<DocumentRow> findByCase(@Param("caseType") String caseType, @Param("caseId") String caseId);

    /** A page of the document list: data scope, filters, sort and page in SQL. */
    List<DocumentRow> search(@Param("q") DocumentSearch search);

    /** How many documents {@link #search} finds over all pages. */
    long countSearch(@Param("q") DocumentSearch search);

    List<RecipientRow> findRecipients(long documentId);

    List<String> findParticipants(long documentId);

    /** Optimistic: 0 rows when the version moved or the document is no longer a draft. */
    int updateDraftData(@Param("id") long id, @Param("version") int version, @Param("inputData") String inputData);

    /** DRAFT → ISSUED with everything that freezes it. Optimistic: 0 rows when the version moved. */
    int markIssued(
            @Param("id") long id,
            @Param("version") int version,
            @Param("number") String number,
            @Param("year") int year,
            @Param("seq") int seq,
            @Param("code") String code,
            @Param("templateVersion") String templateVersion,
            @Param("sha256") String sha256,
            @Param("size") int size,
            @Param("pages") int pages,
            @Param("at") Instant at,
            @Param("by") String by,
            @Param("authority") String authority);

    /** The issuing authority (发文机关) frozen at issue; empty for a draft or a document issued before it was kept. */
    java.util.Optional<String> findIssuingAuthority(@Param("id") long id);

    /** ISSUED → SUPERSEDED. Optimistic. */
    int markSuperseded(@Param("id") long id, @Param("version") int version, @Param("at") Instant at);

    void insertPdf(@Param("documentId") long documentId, @Param("content") byte[] content);

    Optional<StoredBytes> findPdf(long documentId);

    /** Removes a draft (never an issued document: the statement checks the status). */
    int deleteDraft(@Param("id") long id, @Param("version") int version);

    void deleteRecipients(long id);

    void deleteParticipants(long id);

    // numbering --------------------------------------------------------------------------------------------------

    /** The next number of the key, locking its row until the transaction ends; null when the key has no row yet. */
    Integer lockSequence(@Param("office") String officeCode, @Param("type") String typeCode, @Param("year") int year);

    void insertSequence(@Param("office") String officeCode, @Param("type") String typeCode, @Param("year") int year);

    int advanceSequence(@Param("office") String officeCode, @Param("type") String typeCode, @Param("year") int year);

    /** Locks the office row: serialises the creation of a new sequence key (a lost insert race would abort). */
    Long lockOffice(String officeCode);

    Integer currentSequence(
            @Param("office") String officeCode, @Param("type") String typeCode, @Param("year") int year);

    // number patterns --------------------------------------------------------------------------------------------

    List<NumberPatternRow> findPatterns();

    Optional<NumberPatternRow> findPattern(@Param("office") String officeCode, @Param("type") String typeCode);

    void insertPattern(
            @Param("office") String officeCode,
            @Param("type") String typeCode,
            @Param("pattern") String pattern,
            @Param("at") Instant at,
            @Param("by") String by);

    int updatePattern(
            @Param("office") String officeCode,
            @Param("type") String typeCode,
            @Param("version") int version,
            @Param("pattern") String pattern,
            @Param("at") Instant at,
            @Param("by") String by);
}
