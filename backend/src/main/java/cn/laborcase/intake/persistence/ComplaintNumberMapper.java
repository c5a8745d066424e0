package cn.laborcase.intake.persistence;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Complaint ids with their case numbers, for screens that name a complaint stored by its id. */
@Mapper
public interface ComplaintNumberMapper {

    List<IdNumber> numbers(@Param("ids") Collection<Long> ids);

    record IdNumber(long id, String number) {}
}
