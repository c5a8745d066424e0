package cn.laborcase.supervision.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The markers of overdue notices sent ({@code overdue_notice}, V16): the key is the exactly-once guard. */
@Mapper
public interface OverdueNoticeMapper {

    /** Fails with a duplicate key when another scan (this node or another) announced the item first. */
    void insert(
            @Param("itemType") String itemType,
            @Param("itemId") String itemId,
            @Param("dueAt") Instant dueAt,
            @Param("officeCode") String officeCode,
            @Param("title") String title,
            @Param("at") Instant at,
            @Param("recipients") int recipients);

    /** Of these items, the ones already announced for this due instant. */
    List<String> announced(
            @Param("itemType") String itemType, @Param("itemIds") List<String> itemIds, @Param("dueAt") Instant dueAt);

    /** Of these tasks, the ones announced for any due instant. */
    List<String> announcedTasks(@Param("itemIds") List<String> itemIds);
}
