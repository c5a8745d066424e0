package cn.laborcase.hearing;

import java.util.List;

/**
 * A hearing room (审判庭/仲裁庭室) as an administrator enters it: opening hours as {@code 08:30}, Beijing time.
 *
 * @param outOfService days out of service (停用), each a range of days
 */
public record RoomRequest(
        String officeCode,
        String name,
        Integer capacity,
        Boolean video,
        Boolean recording,
        String opensAt,
        String closesAt,
        List<ClosureRequest> outOfService) {

    public RoomRequest {
        outOfService = outOfService == null ? List.of() : outOfService;
    }

    /** From one day to another, both inclusive ({@code 2026-12-24}), with a reason (e.g. 设备检修). */
    public record ClosureRequest(String from, String to, String reason) {}
}
