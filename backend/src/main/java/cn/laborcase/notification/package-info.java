/**
 * E-mail (and later SMS) through an outbox written in the business transaction and sent after commit, never twice;
 * in-app notices for staff.
 */
package cn.laborcase.notification;
