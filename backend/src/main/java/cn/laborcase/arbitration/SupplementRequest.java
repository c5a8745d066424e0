package cn.laborcase.arbitration;

import java.util.List;

/** 补正: every missing item at once (办案规则 §29), one line each. */
public record SupplementRequest(List<String> items) {}
