package cn.laborcase.calendar.persistence;

import cn.laborcase.calendar.ScheduledDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The holiday schedule: years and their days. */
@Mapper
public interface CalendarMapper {

    List<CalendarYearRow> findYears();

    Optional<CalendarYearRow> findYear(int year);

    List<Integer> findLoadedYears();

    /** The days of every loaded year: what periods are computed on. */
    List<ScheduledDay> findLoadedDays();

    List<ScheduledDay> findDays(int year);

    Optional<ScheduledDay> findDay(LocalDate date);

    void insertYear(int year);

    /** Optimistic: 0 rows when the version moved. */
    int markLoaded(
            @Param("year") int year,
            @Param("version") int version,
            @Param("source") String source,
            @Param("at") Instant at,
            @Param("by") String by);

    /** Optimistic touch of a year whose days changed, so that two admins editing it at once do not both win. */
    int touchYear(@Param("year") int year, @Param("version") int version);

    int deleteDays(int year);

    int deleteDay(LocalDate date);

    void insertDay(
            @Param("year") int year, @Param("d") ScheduledDay day, @Param("at") Instant at, @Param("by") String by);
}
