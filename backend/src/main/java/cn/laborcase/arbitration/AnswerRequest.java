package cn.laborcase.arbitration;

/**
 * The respondent's answer (答辩书) as received by the committee.
 *
 * @param respondent which respondent answers: his position among the respondents (0 = the first); may be empty when
 *     the case has one
 * @param receivedOn the day the committee received it (2026-12-18)
 * @param summary the answer's content or its summary, printed on the copy served on the applicants
 */
public record AnswerRequest(Integer respondent, String receivedOn, String summary) {}
