package cn.laborcase.cases.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of the attachment store: resources/mapper/cn/laborcase/cases/persistence/AttachmentMapper.xml. */
@Mapper
public interface AttachmentMapper {

    void insert(
            @Param("key") GeneratedKey key,
            @Param("ownerKind") String ownerKind,
            @Param("ownerId") long ownerId,
            @Param("fileName") String fileName,
            @Param("contentType") String contentType,
            @Param("size") long size,
            @Param("sha256") String sha256,
            @Param("description") String description,
            @Param("uploadedBy") String uploadedBy,
            @Param("uploadedAt") Instant uploadedAt);

    void insertContent(@Param("id") long id, @Param("content") byte[] content);

    List<AttachmentRow> ofOwner(@Param("ownerKind") String ownerKind, @Param("ownerId") long ownerId);

    AttachmentRow find(@Param("ownerKind") String ownerKind, @Param("ownerId") long ownerId, @Param("id") long id);

    Optional<AttachmentBytes> content(@Param("id") long id);
}
