package cn.laborcase.notification.persistence;

import cn.laborcase.notification.StaffNotice;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** In-app notices per staff member. */
@Mapper
public interface NoticeMapper {

    /** 0 rows when no staff member has this username. */
    int insert(
            @Param("username") String username,
            @Param("title") String title,
            @Param("link") String link,
            @Param("at") Instant at);

    long countUnread(String username);

    long count(String username);

    List<StaffNotice> findByUsername(
            @Param("username") String username, @Param("offset") int offset, @Param("limit") int limit);

    boolean exists(@Param("id") long id, @Param("username") String username);

    StaffNotice find(@Param("id") long id, @Param("username") String username);

    int markRead(@Param("id") long id, @Param("username") String username, @Param("at") Instant at);

    int markAllRead(@Param("username") String username, @Param("at") Instant at);
}
