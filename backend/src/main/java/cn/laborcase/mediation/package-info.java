/**
 * Labor-dispute mediation (劳动争议调解, track 4): registering an application or taking a complaint the intake referred,
 * sessions, the agreement (调解协议书) or its termination, the 15 days of 调解仲裁法 §14 as an engine timer, the way on
 * to arbitration and the joint application for the committee's review of an agreement. docs/mediation.md.
 */
package cn.laborcase.mediation;
