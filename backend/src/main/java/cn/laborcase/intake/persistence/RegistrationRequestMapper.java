package cn.laborcase.intake.persistence;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RegistrationRequestMapper {

    /**
     * Claims the key before the registration writes anything; a second submit with the same key waits here until the
     * first commits and then fails with a duplicate key (and is retried, to find the first one's answer).
     */
    void insert(@Param("row") RegistrationRequestRow row);

    Optional<RegistrationRequestRow> find(@Param("registeredBy") String registeredBy, @Param("key") String key);

    void answer(@Param("registeredBy") String registeredBy, @Param("key") String key, @Param("answer") String answer);
}
