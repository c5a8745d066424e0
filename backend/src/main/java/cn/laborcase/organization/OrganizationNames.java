package cn.laborcase.organization;

import cn.laborcase.organization.persistence.NameMapper;
import cn.laborcase.organization.persistence.NameMapper.CodeName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The names people read for the codes the system keeps: offices, grids and staff (东湖区劳动保障监察大队 for D1,
 * 东湖一网格 for G01, 王小红 for clerk1). Screens never show the codes (issue 10); templates call
 * {@code ${@orgNames.grid(code)}}. The directory is small and read often: it is held for a minute, and forgotten at
 * once when this node changes it.
 */
@Component("orgNames")
public class OrganizationNames {

    static final Duration HOLD = Duration.ofMinutes(1);

    private final NameMapper mapper;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private final Set<String> missed = ConcurrentHashMap.newKeySet();

    OrganizationNames(NameMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The office's name; "—" for none, and a neutral word for an unknown code (never the code). */
    public String office(String code) {
        return name("office", Snapshot::offices, code, "（未知机构）");
    }

    public String grid(String code) {
        return name("grid", Snapshot::grids, code, "（未知网格）");
    }

    /** The person's name for a username; "系统" for the system's own actions. */
    public String staff(String username) {
        if (username == null || username.isBlank()) {
            return "—";
        }
        if ("system".equals(username)) {
            return "系统";
        }
        return name("staff", Snapshot::staff, username, "（非本系统人员）");
    }

    /** Forgets the held names after a change of offices, grids or staff on this node. */
    public void forget() {
        snapshot = null;
    }

    /**
     * A code the held names lack was created since they were taken (on another node, or by a script): the names are
     * read again at once, the first time that code is missed while they are held. A code still unknown then is not
     * read again for it until the names are next taken, so a list full of a deleted account's rows reads them once.
     */
    private String name(String kind, Function<Snapshot, Map<String, String>> names, String code, String unknown) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        Snapshot s = current();
        String name = names.apply(s).get(code);
        if (name == null && missed.add(kind + ":" + code)) {
            name = names.apply(take(clock.instant())).get(code);
        }
        return name == null ? unknown : name;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || s.takenAt().plus(HOLD).isBefore(now) || s.takenAt().isAfter(now)) {
            missed.clear();
            s = take(now);
        }
        return s;
    }

    private Snapshot take(Instant now) {
        Snapshot s = new Snapshot(now, map(mapper.officeNames()), map(mapper.gridNames()), map(mapper.staffNames()));
        snapshot = s;
        return s;
    }

    private static Map<String, String> map(List<CodeName> rows) {
        return rows.stream().collect(Collectors.toUnmodifiableMap(CodeName::code, CodeName::name, (a, b) -> a));
    }

    private record Snapshot(
            Instant takenAt, Map<String, String> offices, Map<String, String> grids, Map<String, String> staff) {}
}
