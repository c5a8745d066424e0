package cn.laborcase.cases.persistence;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CaseNumberMapper {

    /** Creates the counter at 0; fails with a duplicate key if another transaction did first. */
    void insertCounter(@Param("series") String series, @Param("officeCode") String officeCode, @Param("year") int year);

    /** Moves the counter on by one (locking its row until the transaction ends); 0 if the counter does not exist. */
    int increment(@Param("series") String series, @Param("officeCode") String officeCode, @Param("year") int year);

    /** The counter's last number, locked until the transaction ends. */
    Optional<Integer> lock(
            @Param("series") String series, @Param("officeCode") String officeCode, @Param("year") int year);

    /** The counter's last number (after {@link #increment}, the number just taken). */
    Optional<Integer> last(
            @Param("series") String series, @Param("officeCode") String officeCode, @Param("year") int year);

    void set(
            @Param("series") String series,
            @Param("officeCode") String officeCode,
            @Param("year") int year,
            @Param("seq") int seq);
}
