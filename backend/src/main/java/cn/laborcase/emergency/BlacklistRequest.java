package cn.laborcase.emergency;

/**
 * An inspector's proposal to list the employer as a 拖欠农民工工资失信联合惩戒对象 (人社部令第45号).
 *
 * @param ground CRIMINAL_AMOUNT or SERIOUS_INCIDENT
 * @param reason the facts, in words
 */
public record BlacklistRequest(String ground, String reason) {}
