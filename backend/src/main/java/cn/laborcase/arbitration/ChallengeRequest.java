package cn.laborcase.arbitration;

/**
 * A party's 回避 application (调解仲裁法 §33), registered by the clerk.
 *
 * @param memberKind ARBITRATOR (default) or RECORDER (记录人员)
 * @param member the challenged arbitrator's user name (a member of the case's tribunal)
 * @param recorderName the recorder's name, for RECORDER
 * @param applicant the party who applies, by name as registered
 * @param grounds the reasons given
 * @param filedOn the day it was filed (default today)
 * @param learnedLate the cause became known only after the hearing began (办案规则 §11)
 */
public record ChallengeRequest(
        String memberKind,
        String member,
        String recorderName,
        String applicant,
        String grounds,
        String filedOn,
        Boolean learnedLate) {}
