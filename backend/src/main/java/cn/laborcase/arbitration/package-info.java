/**
 * Track 5, labor-personnel dispute arbitration (劳动人事争议仲裁): an application registered by the committee's
 * 立案窗口 with its parties and claims, 补正, acceptance or refusal, service on the respondent, the answer period and
 * the tribunal, up to the task that schedules the first hearing. docs/arbitration.md.
 */
package cn.laborcase.arbitration;
