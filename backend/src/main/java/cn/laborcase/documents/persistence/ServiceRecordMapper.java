package cn.laborcase.documents.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Service records (送达) and their evidence files. Records are never updated or deleted. */
@Mapper
public interface ServiceRecordMapper {

    void insert(@Param("row") ServiceRecordRow row, @Param("key") GeneratedKey key);

    void insertEvidence(@Param("recordId") long recordId, @Param("content") byte[] content);

    Optional<ServiceRecordRow> findById(long id);

    List<ServiceRecordRow> findByDocument(long documentId);

    Optional<ServiceRecordRow> findByRecipient(
            @Param("documentId") long documentId, @Param("recipientId") long recipientId);

    Optional<StoredBytes> findEvidence(long recordId);
}
