package cn.laborcase.arbitration.persistence;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code arbitration_answer}: the respondents' answers (答辩书). */
@Mapper
public interface AnswerMapper {

    void insert(@Param("row") AnswerRow row);

    List<AnswerRow> answers(long caseId);

    Optional<AnswerRow> byCopyDocument(long documentId);
}
