/**
 * The weekly docket's planning model (开庭排期方案): hearings as Timefold planning entities placed in a room and a session,
 * the constraints, the time-boxed solve and the greedy earliest-deadline-first baseline. Pure: the hearing module's
 * {@code DocketProposals} builds the problem from the checked candidates and checks the answer with HearingRules.
 */
package cn.laborcase.hearing.docket;
