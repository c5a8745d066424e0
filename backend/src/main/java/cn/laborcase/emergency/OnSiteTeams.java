package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.emergency.persistence.IncidentResponseMapper;
import cn.laborcase.emergency.persistence.TeamMemberRow;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The on-site team (现场处置组) of an activated incident: at least two of the grid's inspectors, named on the on-site
 * check (forms/emergency-on-site.form, Task_OnSiteCheck) with their arrival time. Two, because an inspection is made
 * by at least two inspectors (劳动保障监察条例 §16: 调查、检查不得少于 2 人; 行政处罚法 §42: 执法人员不得少于两人); the local plan sends the
 * grid's inspectors. The form's selects offer the grid's inspectors by name ({@link #candidates}); {@link #problems}
 * checks the team before the task completes; {@link #record} writes it when it does.
 */
@Service
public class OnSiteTeams {

    /** The form's member fields, in order; the first two are required by the form. */
    public static final List<String> MEMBER_KEYS = List.of("teamMember1", "teamMember2", "teamMember3", "teamMember4");

    public static final String ARRIVED_ON = "arrivedOn";
    public static final String ARRIVED_TIME = "arrivedTime";
    static final int MIN_MEMBERS = 2;

    private final WageIncidents incidents;
    private final IncidentResponseMapper mapper;
    private final OrganizationDirectory directory;
    private final CaseTimeline timeline;
    private final AuditJournal audit;

    OnSiteTeams(
            WageIncidents incidents,
            IncidentResponseMapper mapper,
            OrganizationDirectory directory,
            CaseTimeline timeline,
            AuditJournal audit) {
        this.incidents = incidents;
        this.mapper = mapper;
        this.directory = directory;
        this.timeline = timeline;
        this.audit = audit;
    }

    /** The inspectors of the incident's grid, by name: the choices of the form's member selects. */
    @Transactional(readOnly = true)
    public List<Colleague> candidates(long incidentId) {
        WageIncidentRow row = incidents.get(incidentId);
        return directory.colleagues(List.of(inspectorGroup(row.gridCode())), null);
    }

    /**
     * What is wrong with the submitted team: fewer than two different inspectors (named on the second member field),
     * one inspector chosen twice, or an arrival in the future. Each select has already been checked against
     * {@link #candidates} by the form.
     */
    public List<FieldProblem> problems(Map<String, ?> values) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String key : MEMBER_KEYS) {
            Object v = values.get(key);
            if (v != null && !v.toString().isBlank() && !seen.add(v.toString())) {
                problems.add(new FieldProblem(key, "Duplicate", "同一名监察员不能重复选择"));
            }
        }
        if (seen.size() < MIN_MEMBERS
                && problems.stream().noneMatch(p -> p.field().equals("teamMember2"))) {
            problems.add(new FieldProblem("teamMember2", "MinMembers", "现场处置组须有不少于二名监察员，请再选择一名到场监察员"));
        }
        Instant arrived = arrivedAt(values);
        if (arrived != null && arrived.isAfter(timeline.now())) {
            problems.add(new FieldProblem(ARRIVED_TIME, "Future", "到场时间不能晚于现在"));
        }
        return problems;
    }

    /** Writes the team when the on-site check is completed (in the task's transaction). */
    @Transactional
    public void record(long incidentId, Map<String, ?> values, String recordedBy) {
        WageIncidentRow row = incidents.get(incidentId);
        Instant arrived = arrivedAt(values);
        if (arrived == null) {
            throw new IllegalStateException("on-site check of incident " + incidentId + " without an arrival time");
        }
        Set<String> already = mapper.findTeam(incidentId).stream()
                .map(TeamMemberRow::username)
                .collect(Collectors.toSet());
        Instant now = timeline.now();
        List<String> names = new ArrayList<>();
        for (String username : members(values)) {
            names.add(timeline.nameOf(username));
            if (!already.contains(username)) {
                mapper.insertTeamMember(new TeamMemberRow(null, incidentId, username, arrived, recordedBy, now));
            }
        }
        String detail = String.join("、", names) + "，" + IncidentTimes.format(arrived) + " 到场";
        String actor = recordedBy == null ? CaseTimeline.SYSTEM : recordedBy;
        timeline.record(
                WageIncidents.ref(incidentId),
                ResponseStep.TEAM_ON_SITE.name(),
                ResponseStep.TEAM_ON_SITE.label(),
                actor,
                detail);
        audit.recordAs(
                actor,
                "WAGE_INCIDENT_TEAM",
                WageIncidents.ref(incidentId),
                "现场处置组（" + row.incidentNumber() + "）：" + detail,
                null,
                null);
    }

    /** The team as the page and GET show it: name, title, arrival, who recorded it. */
    @Transactional(readOnly = true)
    public List<TeamMember> team(long incidentId) {
        return mapper.findTeam(incidentId).stream()
                .map(m -> new TeamMember(
                        timeline.nameOf(m.username()),
                        m.arrivedAt(),
                        m.recordedBy() == null ? null : timeline.nameOf(m.recordedBy()),
                        m.recordedAt()))
                .toList();
    }

    /** An inspector of the on-site team. */
    public record TeamMember(String name, Instant arrivedAt, String recordedByName, Instant recordedAt) {}

    static String inspectorGroup(String gridCode) {
        return "grid:" + gridCode + ":inspectors";
    }

    private static List<String> members(Map<String, ?> values) {
        Map<String, Boolean> members = new LinkedHashMap<>();
        for (String key : MEMBER_KEYS) {
            Object v = values.get(key);
            if (v != null && !v.toString().isBlank()) {
                members.put(v.toString(), true);
            }
        }
        return List.copyOf(members.keySet());
    }

    /** The arrival: the date and the 时:分 typed, in Beijing time; null while either is missing or wrong. */
    static Instant arrivedAt(Map<String, ?> values) {
        Object day = values.get(ARRIVED_ON);
        Object time = values.get(ARRIVED_TIME);
        if (day == null || time == null) {
            return null;
        }
        try {
            return BeijingTime.at(
                    LocalDate.parse(day.toString()),
                    LocalTime.parse(time.toString().strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
