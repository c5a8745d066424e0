package cn.laborcase.employer;

import java.util.Optional;

/**
 * The road of a Chinese address, for placing an employer in a grid: what comes before the house number, without the
 * province, city, district or county in front of it ("示范市东湖区湖东路17号" → "湖东路").
 */
final class RoadName {

    private static final String ADMINISTRATIVE_SUFFIXES = "省市区县";

    private RoadName() {}

    static Optional<String> of(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String text = address.strip();
        int end = 0;
        while (end < text.length() && !Character.isDigit(text.charAt(end))) {
            end++;
        }
        String beforeNumber = text.substring(0, end);
        int start = 0;
        for (int i = 0; i < beforeNumber.length(); i++) {
            if (ADMINISTRATIVE_SUFFIXES.indexOf(beforeNumber.charAt(i)) >= 0) {
                start = i + 1;
            }
        }
        String road =
                beforeNumber.substring(start).replace("%", "").replace("_", "").strip();
        // a single character ("路") says nothing about where the employer is
        return road.codePointCount(0, road.length()) >= 2 ? Optional.of(road) : Optional.empty();
    }
}
