package cn.laborcase.intake;

import cn.laborcase.documents.DocumentSettings;
import cn.laborcase.documents.Recipient;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.intake.persistence.ComplainantRow;
import cn.laborcase.intake.persistence.ComplaintRow;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OfficeKind;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.StaffAdministration;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What goes into the intake's documents (the fields of {@link IntakeDocumentTypes}): the complaint's facts, the
 * decision, who handles it, where the complainant may appeal or go instead. A report's reporter never appears in a
 * document (劳动保障监察条例 §9): the office's document list is visible to more people than the reporter's identity.
 */
@Component
class NoticeContents {

    static final String COMPLAINANT = "投诉人";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final int NAMES_SHOWN = 5;

    private final OrganizationDirectory directory;
    private final StaffAdministration staff;
    private final UserLookup users;
    private final IntakeSettings settings;
    private final DocumentSettings documentSettings;

    NoticeContents(
            OrganizationDirectory directory,
            StaffAdministration staff,
            UserLookup users,
            IntakeSettings settings,
            DocumentSettings documentSettings) {
        this.documentSettings = documentSettings;
        this.directory = directory;
        this.staff = staff;
        this.users = users;
        this.settings = settings;
    }

    /**
     * 举报投诉登记表: what was received, by whom, from whom (a reporter withheld), with what 若干规定 §17 asks for: the
     * complainant's 职业 and 工作单位, the employer's 法定代表人或者主要负责人 and 职务, the 投诉请求, and how each
     * complainant is served (送达地址确认书, 民事诉讼法 §90).
     */
    Map<String, String> registration(
            ComplaintRow c,
            ComplaintParticulars particulars,
            EmployerView employer,
            List<ComplainantRow> people,
            String registeredByName) {
        boolean report = ComplaintKind.REPORT.name().equals(c.kind());
        Map<String, String> data = new LinkedHashMap<>();
        data.put("kind", ComplaintKind.valueOf(c.kind()).label());
        data.put("channel", channel(Channel.valueOf(c.channel())));
        data.put(
                "receivedAt",
                LocalDateTime.ofInstant(c.receivedAt(), BeijingTime.ZONE).format(MINUTE));
        data.put("complaintNumber", c.number());
        if (people.isEmpty()) {
            data.put("complainantName", "匿名");
            data.put("complainantPhone", "（匿名）");
        } else if (report) {
            data.put("complainantName", ComplainantView.CONFIDENTIAL);
            data.put("complainantPhone", "（保密）");
        } else {
            // 25号令 §17: every complainant with his ID and phone; 性别、年龄 from the ID number (GB 11643)
            ComplainantRow first = people.get(0);
            data.put("complainantName", first.name());
            data.put("complainantIdNumber", first.idNumber());
            data.put("complainantPhone", first.phone());
            if (first.address() != null) {
                data.put("complainantAddress", first.address());
            }
            if (first.occupation() != null) {
                data.put("complainantOccupation", first.occupation());
            }
            // a 投诉's 工作单位 is, unless he states another, the employer complained about
            data.put("complainantWorkplace", first.workplace() != null ? first.workplace() : employer.name());
            data.put("serviceConsent", serviceConsent(people));
            genderAndAge(first.idNumber(), BeijingTime.dateOf(c.receivedAt()), data);
            if (people.size() > 1) {
                data.put(
                        "otherComplainants",
                        String.join(
                                "\n",
                                people.subList(1, people.size()).stream()
                                        .map(p -> p.name()
                                                + (p.idNumber() == null ? "" : "，身份证件号码" + p.idNumber())
                                                + (p.phone() == null ? "" : "，联系电话" + p.phone())
                                                + (p.occupation() == null ? "" : "，职业" + p.occupation())
                                                + (p.workplace() == null ? "" : "，工作单位" + p.workplace()))
                                        .toList()));
            }
        }
        data.put("respondentName", employer.name());
        data.put("respondentCreditCode", employer.creditCode());
        if (particulars.employerRepresentative() != null) {
            data.put("respondentRepresentative", particulars.employerRepresentative());
        }
        if (particulars.employerRepresentativeTitle() != null) {
            data.put("respondentRepresentativeTitle", particulars.employerRepresentativeTitle());
        }
        if (particulars.claims() != null) {
            data.put("requests", particulars.claims());
        }
        data.put("respondentAddress", employer.address() == null ? "（未登记）" : employer.address());
        data.put("workersInvolved", String.valueOf(c.workersAffected()));
        if (c.amountOwed() != null) {
            data.put("amountInvolved", c.amountOwed().toPlainString());
        }
        data.put("facts", c.description());
        data.put("registeredBy", registeredByName);
        return data;
    }

    /** The decision notice of the complaint's current status; empty when the status has none. */
    Optional<Notice> decision(ComplaintRow c, EmployerView employer, List<ComplainantRow> people) {
        ComplaintStatus status = ComplaintStatus.valueOf(c.status());
        Map<String, String> data = new LinkedHashMap<>();
        data.put("complainantName", names(people));
        data.put("complaintDate", BeijingTime.dateOf(c.receivedAt()).toString());
        data.put("respondentName", employer.name());
        data.put("matter", ComplaintCategory.valueOf(c.category()).label());
        String type;
        switch (status) {
            case ACCEPTED -> {
                type = IntakeDocumentTypes.ACCEPTANCE_NOTICE;
                // the matter names it; the complainant's own account is on the 登记表 (and would push the notice
                // onto a second page)
                data.put("complaintNumber", c.number());
                if (c.decidedAt() != null) {
                    data.put("acceptedOn", BeijingTime.dateOf(c.decidedAt()).toString());
                }
                handler(c, data);
            }
            case REFUSED -> {
                RefusalReason refusal = RefusalReason.valueOf(c.decisionReason());
                if (refusal == RefusalReason.EXPIRED) {
                    // 25号令 §18 ¶2: a written 不予受理 only for the two-year ground (条例 §20)
                    type = IntakeDocumentTypes.NON_ACCEPTANCE_NOTICE;
                    String reason = refusal.label();
                    data.put("reason", c.decisionText() == null ? reason : reason + "。" + c.decisionText());
                    String region = region(c.officeCode());
                    DocumentSettings.OfficeSettings office =
                            documentSettings.office(c.officeCode()).orElse(null);
                    data.put(
                            "reviewBody",
                            office != null && office.reviewBody() != null ? office.reviewBody() : region + "人民政府");
                    data.put("court", office != null && office.court() != null ? office.court() : region + "人民法院");
                } else {
                    // 25号令 §18 ¶3: outside the inspection's powers or this office's jurisdiction — 告知 the
                    // competent body, not a 不予受理 decision
                    type = IntakeDocumentTypes.REFERRAL_NOTICE;
                    ReferralTarget target = refusal == RefusalReason.NOT_OUR_JURISDICTION
                            ? ReferralTarget.OTHER_OFFICE
                            : ReferralTarget.OTHER_DEPARTMENT;
                    data.put("referralKind", referralKind(target));
                    // the template states the rule and where to go; the reason is the decider's finding
                    data.put("reason", "经审查，" + (c.decisionText() != null ? c.decisionText() : refusal.label() + "。"));
                    data.put("competentBody", competentBody(target, c.referralDepartment()));
                }
            }
            case AWAITING_CORRECTION -> {
                type = IntakeDocumentTypes.SUPPLEMENT_NOTICE;
                data.put("missingMaterials", c.correctionItems());
                data.put("deadlineDays", String.valueOf(settings.correctionWorkingDays()));
                handler(c, data);
            }
            case REFERRED -> {
                type = IntakeDocumentTypes.REFERRAL_NOTICE;
                ReferralTarget target = ReferralTarget.valueOf(c.referralTarget());
                data.put("referralKind", referralKind(target));
                data.put("reason", c.decisionText() != null ? c.decisionText() : defaultReferralReason(target));
                data.put("competentBody", competentBody(target, c.referralDepartment()));
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new Notice(type, data));
    }

    /**
     * The people a document is served on: the complainants the caller passes. Reporters are never passed (a reporter
     * stays out of documents, 条例 §9 第三款), also when a report and a complaint are one case.
     */
    List<Recipient> recipients(ComplaintRow c, List<ComplainantRow> people) {
        // served by e-mail only where he confirmed the address for service (民事诉讼法 §90); else on paper
        return people.stream()
                .map(p -> new Recipient(p.name(), COMPLAINANT, p.address(), p.email(), p.emailConsent()))
                .toList();
    }

    /**
     * The 送达方式 line of the 登记表, one line per complainant: his confirmed address for electronic service, or paper
     * (直接送达或者邮寄送达) where he gave no consent.
     */
    static String serviceConsent(List<ComplainantRow> people) {
        return String.join(
                "\n",
                people.stream()
                        .map(p -> (people.size() > 1 ? p.name() + "：" : "")
                                + (p.emailConsent() && p.email() != null
                                        ? "同意电子送达，送达地址确认书确认的电子邮箱：" + p.email()
                                        : "未同意电子送达，直接送达或者邮寄送达"))
                        .toList());
    }

    String nameOf(String username) {
        return users.findActive(username).map(u -> u.displayName()).orElse(username);
    }

    /** A document to issue: its type and data. */
    record Notice(String typeCode, Map<String, String> data) {}

    private void handler(ComplaintRow c, Map<String, String> data) {
        data.put("handler", nameOf(c.decidedBy()));
        String phone = users.findActive(c.decidedBy())
                .map(u -> staff.get(u.staffId()).phone())
                .filter(p -> p != null && !p.isBlank())
                .orElse("12333");
        data.put("handlerPhone", phone);
    }

    /** The region of the office, with the regions above it: 示范市东湖区. */
    private String region(String officeCode) {
        List<Office> offices = directory.offices();
        Office office = offices.stream()
                .filter(o -> o.code().equals(officeCode))
                .findFirst()
                .orElseThrow();
        String region = office.regionName();
        Long parent = office.parentId();
        while (parent != null) {
            Long id = parent;
            Office above =
                    offices.stream().filter(o -> o.id() == id).findFirst().orElse(null);
            if (above == null) {
                break;
            }
            if (!region.startsWith(above.regionName())) {
                region = above.regionName() + region;
            }
            parent = above.parentId();
        }
        return region;
    }

    private String competentBody(ReferralTarget target, String department) {
        if (department != null) {
            return department;
        }
        return switch (target) {
            case ARBITRATION ->
                directory.offices().stream()
                        .filter(o -> o.kind() == OfficeKind.ARBITRATION && o.active())
                        .map(Office::name)
                        .findFirst()
                        .orElse("劳动人事争议仲裁委员会");
            case MEDIATION -> "用人单位劳动争议调解委员会或者基层劳动争议调解组织";
            default -> target.label();
        };
    }

    private static String referralKind(ReferralTarget target) {
        return switch (target) {
            case ARBITRATION, MEDIATION -> IntakeDocumentTypes.REFER_DISPUTE;
            case OTHER_OFFICE -> IntakeDocumentTypes.REFER_OTHER_OFFICE;
            case OTHER_DEPARTMENT -> IntakeDocumentTypes.REFER_OTHER_DEPARTMENT;
        };
    }

    private static String defaultReferralReason(ReferralTarget target) {
        return switch (target) {
            case ARBITRATION, MEDIATION -> "你反映的事项属于劳动争议，应当依照劳动争议处理程序申请调解、仲裁（《劳动保障监察条例》第二十一条）。";
            case OTHER_OFFICE -> "你反映的事项属于劳动保障监察职权范围，但用人单位用工所在地不在本机关管辖区域（《劳动保障监察条例》第十三条）。";
            case OTHER_DEPARTMENT -> "你反映的事项不属于劳动保障监察职权范围，应由其他主管部门处理。";
        };
    }

    private static String channel(Channel channel) {
        return switch (channel) {
            case COUNTER -> "来访";
            case PHONE -> "来电";
            case ONLINE -> "网络";
            case LETTER -> "信函";
            case CLUE_PLATFORM -> "其他";
        };
    }

    /** 性别 and 年龄 (on the day received) from an 18-digit ID number: digit 17 odd = male, digits 7–14 the birth date. */
    static void genderAndAge(String idNumber, java.time.LocalDate on, Map<String, String> data) {
        if (idNumber == null || idNumber.length() != 18) {
            return;
        }
        try {
            java.time.LocalDate birth = java.time.LocalDate.parse(
                    idNumber.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            data.put("complainantGender", (idNumber.charAt(16) - '0') % 2 == 1 ? "男" : "女");
            data.put(
                    "complainantAge",
                    String.valueOf(java.time.Period.between(birth, on).getYears()));
        } catch (java.time.format.DateTimeParseException e) {
            // not a valid birth date: leave both to be written in by hand
        }
    }

    private static String names(List<ComplainantRow> people) {
        List<String> names = people.stream().map(ComplainantRow::name).toList();
        if (names.size() <= NAMES_SHOWN) {
            return String.join("、", names);
        }
        return String.join("、", names.subList(0, NAMES_SHOWN)) + "等" + names.size() + "人";
    }
}
