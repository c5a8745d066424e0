package cn.laborcase.hearing;

import java.time.LocalDate;
import java.util.List;

/** A hearing room with its opening hours (Beijing time), the days it is out of service and its version. */
public record RoomView(
        long id,
        String officeCode,
        String name,
        int capacity,
        boolean video,
        boolean recording,
        String opensAt,
        String closesAt,
        boolean active,
        List<Closure> outOfService,
        int version) {

    public RoomView {
        outOfService = List.copyOf(outOfService);
    }

    public record Closure(LocalDate from, LocalDate to, String reason) {}

    /** e.g. 同步录音录像、视频 for the page. */
    public String equipment() {
        String s = (recording ? "录音录像" : "") + (recording && video ? "、" : "") + (video ? "远程视频" : "");
        return s.isEmpty() ? "无" : s;
    }
}
