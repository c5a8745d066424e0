package cn.laborcase.arbitration;

/** The respondent's objection to jurisdiction (管辖异议, 办案规则 §10): who, why, when (default today). */
public record JurisdictionObjectionRequest(String respondent, String grounds, String filedOn) {}
