/** Append-only journal of every state change and every view of protected personal data. */
package cn.laborcase.audit;
