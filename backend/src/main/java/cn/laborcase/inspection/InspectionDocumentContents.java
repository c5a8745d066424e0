package cn.laborcase.inspection;

import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.DocumentSettings;
import cn.laborcase.documents.DocumentType;
import cn.laborcase.documents.Recipient;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What goes into a document of an inspection case (监察案件): the fields every document of the case shares, from its
 * {@link InspectionCaseSnapshot}, then the fields of the step that issues it (which win), the appeal bodies of a
 * decision (行政复议机关 and court, from the office's settings), the case's data scope, and whom it is served on.
 *
 * <p>A complainant, and above all a reporter (举报人, 条例 §9 第三款), is never named: the employer's documents carry
 * only the case, the employer and the facts.
 */
@Component
public class InspectionDocumentContents {

    /** 受送达人 roles. */
    static final String EMPLOYER = "被检查单位";

    static final String RECEIVING_BODY = "接收机关";

    private final Map<String, DocumentType> types;
    private final DocumentSettings settings;
    private final Function<String, String> regions;

    @Autowired
    InspectionDocumentContents(
            InspectionDocumentTypes types, DocumentSettings settings, OrganizationDirectory directory) {
        this(types, settings, code -> region(directory.offices(), code));
    }

    /** For tests without a database: the office's region (示范市东湖区) from a function. */
    InspectionDocumentContents(
            InspectionDocumentTypes types, DocumentSettings settings, Function<String, String> regions) {
        this.types = types.documentTypes().stream()
                .collect(Collectors.toUnmodifiableMap(DocumentType::code, Function.identity()));
        this.settings = settings;
        this.regions = regions;
    }

    /**
     * The request that drafts (or issues and serves) a document of this type for the case.
     *
     * @param stepFields the fields of the step (field names of {@link InspectionDocumentTypes}); they override the
     *     snapshot's (e.g. a step's own statement of the facts)
     * @throws IllegalArgumentException for a type that is not one of the inspection case's
     * @throws InvalidInputException for a 加付赔偿金 rate outside 50–100 % (条例 §26); every other field is checked by
     *     the documents module when drafting, each named in Chinese
     */
    public DocumentRequest request(String typeCode, InspectionCaseSnapshot c, Map<String, String> stepFields) {
        DocumentType type = types.get(typeCode);
        if (type == null) {
            throw new IllegalArgumentException("not a document type of the inspection case: " + typeCode);
        }
        Map<String, String> data = new LinkedHashMap<>();
        common(c).forEach((name, value) -> {
            if (value != null && !value.isBlank() && type.field(name).isPresent()) {
                data.put(name, value);
            }
        });
        if (type.field("reviewBody").isPresent()) {
            data.put("reviewBody", reviewBody(c.officeCode()));
            data.put("court", court(c.officeCode()));
        }
        if (stepFields != null) {
            stepFields.forEach((name, value) -> {
                if (value != null) {
                    data.put(name, value);
                }
            });
        }
        checkCompensationRate(data.get("compensationRate"));
        return new DocumentRequest(
                typeCode,
                CaseRef.of(CaseType.INSPECTION_CASE, c.caseId()),
                c.officeCode(),
                c.gridCode(),
                c.participants(),
                data,
                recipients(typeCode, c, data));
    }

    /**
     * Whom the document is served on: the employer for what is addressed to it (with its consent to electronic service
     * on file, 民事诉讼法 §90 — else on paper), the receiving body for a transfer (on paper), nobody for an internal form
     * (审批表, 笔录).
     */
    static List<Recipient> recipients(String typeCode, InspectionCaseSnapshot c, Map<String, String> data) {
        if (InspectionDocumentTypes.SERVED_ON_EMPLOYER.contains(typeCode) && c.employer() != null) {
            InspectionCaseSnapshot.Party e = c.employer();
            boolean consent =
                    e.emailConsent() && e.email() != null && !e.email().isBlank();
            return List.of(new Recipient(e.name(), EMPLOYER, e.address(), e.email(), consent));
        }
        if (InspectionDocumentTypes.SERVED_ON_RECEIVING_BODY.contains(typeCode)) {
            String body = data.get("receivingBody");
            return body == null || body.isBlank()
                    ? List.of()
                    : List.of(new Recipient(body, RECEIVING_BODY, null, null));
        }
        return List.of();
    }

    /** The 行政复议机关: the office's setting, else the people's government of its region (行政复议法 §24). */
    String reviewBody(String officeCode) {
        return settings.office(officeCode)
                .map(DocumentSettings.OfficeSettings::reviewBody)
                .filter(s -> !s.isBlank())
                .orElseGet(() -> regions.apply(officeCode) + "人民政府");
    }

    /** The court of first instance (行政诉讼法 §18; 集中管辖 makes it a setting), else its region's. */
    String court(String officeCode) {
        return settings.office(officeCode)
                .map(DocumentSettings.OfficeSettings::court)
                .filter(s -> !s.isBlank())
                .orElseGet(() -> regions.apply(officeCode) + "人民法院");
    }

    private static Map<String, String> common(InspectionCaseSnapshot c) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("caseNumber", c.caseNumber());
        data.put("originLabel", c.originLabel());
        data.put("filedOn", c.filedOn() == null ? null : c.filedOn().toString());
        data.put("dueDate", c.dueDate() == null ? null : c.dueDate().toString());
        InspectionCaseSnapshot.Party e = c.employer();
        if (e != null) {
            data.put("employerName", e.name());
            data.put("employerCreditCode", e.identifier());
            data.put("employerAddress", e.address());
            data.put("employerRepresentative", e.representative());
            data.put("employerRepresentativeTitle", e.representativeTitle());
        }
        data.put("inspectors", c.inspectors().isEmpty() ? null : String.join("、", c.inspectors()));
        data.put("facts", c.facts());
        return data;
    }

    // 条例 §26: 加付赔偿金 of 50% to 100% of the amount owed
    private static void checkCompensationRate(String rate) {
        if (rate == null || rate.isBlank()) {
            return;
        }
        Optional<Integer> value;
        try {
            value = Optional.of(Integer.parseInt(rate.strip()));
        } catch (NumberFormatException e) {
            value = Optional.empty();
        }
        if (value.isEmpty() || value.get() < 50 || value.get() > 100) {
            throw new InvalidInputException(
                    "compensationRate", "Invalid", "加付赔偿金比例应为50至100（《劳动保障监察条例》第二十六条：应付金额50%以上1倍以下）");
        }
    }

    /** The region of the office with the regions above it: 示范市东湖区. */
    static String region(List<Office> offices, String officeCode) {
        Office office = offices.stream()
                .filter(o -> o.code().equals(officeCode))
                .findFirst()
                .orElse(null);
        if (office == null) {
            return "";
        }
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
}
