package cn.laborcase.workflow;

/**
 * Where a process's case sits, copied onto each of its tasks so that the inbox and data scope never have to read
 * process variables.
 *
 * @param title what the inbox shows for the case, e.g. "〔2026〕第12号 张三诉某公司欠薪"
 * @param officeCode the office that owns the case
 * @param gridCode the employer's grid, if the case has one
 */
public record CaseContext(String title, String officeCode, String gridCode) {}
