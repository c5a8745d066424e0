package cn.laborcase.documents;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * {@code laborcase.documents.*} in application.yml.
 *
 * @param publicBaseUrl the address printed on every document for verification ({@code <publicBaseUrl>/verify/<code>});
 *     the address the public reaches this system under, not necessarily the server's own
 * @param verifyRequestsPerMinute requests to {@code /verify} one client address may make per minute (per node)
 * @param offices per office code: in whose name its documents are issued and where its decisions are appealed
 */
@ConfigurationProperties("laborcase.documents")
public record DocumentSettings(String publicBaseUrl, int verifyRequestsPerMinute, Map<String, OfficeSettings> offices) {

    @ConstructorBinding
    public DocumentSettings {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank()
                ? "http://localhost:8080"
                : publicBaseUrl.strip().replaceAll("/+$", "");
        verifyRequestsPerMinute = verifyRequestsPerMinute <= 0 ? 30 : verifyRequestsPerMinute;
        offices = offices == null ? Map.of() : Map.copyOf(offices);
    }

    public DocumentSettings(String publicBaseUrl, int verifyRequestsPerMinute) {
        this(publicBaseUrl, verifyRequestsPerMinute, Map.of());
    }

    public String verifyUrl(String code) {
        return publicBaseUrl + "/verify/" + code;
    }

    /** Where the public looks a case up by its number ({@code /public/status}). */
    public String statusUrl() {
        return publicBaseUrl + "/public/status";
    }

    /**
     * The 劳动保障行政部门 a document of this type and office is issued in the name of, when configured: under
     * 劳动保障监察条例 §4 the department may entrust an inspection body (监察大队), which then acts in the department's
     * name. Empty: the office issues in its own name.
     */
    public Optional<String> authority(String officeCode, String typeCode) {
        OfficeSettings office = offices.get(officeCode);
        if (office == null) {
            return Optional.empty();
        }
        String byType = office.types().get(typeCode);
        return Optional.ofNullable(blank(byType) ? (blank(office.authority()) ? null : office.authority()) : byType);
    }

    /** The 复议机关 and the court named in an office's appeal text (行政案件集中管辖 makes them a setting). */
    public Optional<OfficeSettings> office(String officeCode) {
        return Optional.ofNullable(offices.get(officeCode));
    }

    /**
     * One office's settings.
     *
     * @param authority the department its decisions are issued in the name of (e.g. 示范市东湖区人力资源和社会保障局)
     * @param types per document type code, an authority other than {@code authority} (e.g. the office's own name for an
     *     internal form)
     * @param reviewBody the 行政复议机关 (e.g. 示范市东湖区人民政府)
     * @param court the court of first instance for administrative suits against it (集中管辖: not always the local one)
     */
    public record OfficeSettings(String authority, Map<String, String> types, String reviewBody, String court) {

        public OfficeSettings {
            types = types == null ? Map.of() : Map.copyOf(types);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
