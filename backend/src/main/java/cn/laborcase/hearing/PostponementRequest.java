package cn.laborcase.hearing;

/**
 * A party's 延期开庭申请 as the clerk records it.
 *
 * @param party the party who asks (a name of the case's parties)
 * @param requestedOn the day it was made (2026-09-29); empty: today
 * @param reasons the reasons given
 */
public record PostponementRequest(String party, String requestedOn, String reasons) {}
