package cn.laborcase.arbitration;

import java.util.Arrays;
import java.util.Optional;

/** How the application reached the committee (办案规则 §29: 书面申请, 当场、邮寄或者网上提交). */
public enum ApplicationChannel {
    IN_PERSON("当场提交"),
    POST("邮寄"),
    ONLINE("网上申请");

    private final String label;

    ApplicationChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<ApplicationChannel> parse(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
