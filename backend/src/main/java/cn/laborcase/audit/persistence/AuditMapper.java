package cn.laborcase.audit.persistence;

import cn.laborcase.audit.AuditEntry;
import cn.laborcase.audit.AuditQuery;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Insert and read only: the journal is append-only (checked by AuditMapperTest). */
@Mapper
public interface AuditMapper {

    void insert(AuditEntry entry);

    List<AuditEntry> search(AuditQuery query);

    long count(AuditQuery query);
}
