package cn.laborcase.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Dates as documents print them. GB/T 9704-2012 §7.3.5.1: 成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位
 * (2026年3月5日, not 2026年03月05日). Legal time is Beijing time.
 */
final class Dates {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Dates() {}

    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String chineseHour(LocalDateTime at) {
        return chinese(at.toLocalDate()) + at.getHour() + "时";
    }

    static String chinese(Instant instant) {
        return chinese(instant.atZone(ZONE).toLocalDate());
    }

    static String chineseMinute(Instant instant) {
        LocalDateTime at = LocalDateTime.ofInstant(instant, ZONE);
        return chinese(at.toLocalDate()) + String.format(" %02d:%02d", at.getHour(), at.getMinute());
    }
}
