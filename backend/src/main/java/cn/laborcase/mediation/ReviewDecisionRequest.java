package cn.laborcase.mediation;

import java.time.LocalDate;

/**
 * The committee's decision on a jointly applied agreement (仲裁审查).
 *
 * @param decision {@code CONFIRMED} (仲裁调解书) or {@code REFUSED} (不予制作调解书)
 * @param reasons required when refused (办案规则 §78: 书面通知当事人), printed on the notice
 */
public record ReviewDecisionRequest(String decision, LocalDate decidedOn, String reasons) {}
