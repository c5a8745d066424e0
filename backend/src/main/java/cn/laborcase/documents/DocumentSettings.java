package cn.laborcase.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.documents.*} in application.yml.
 *
 * @param publicBaseUrl the address printed on every document for verification ({@code <publicBaseUrl>/verify/<code>});
 *     the address the public reaches this system under, not necessarily the server's own
 * @param verifyRequestsPerMinute requests to {@code /verify} one client address may make per minute (per node)
 */
@ConfigurationProperties("laborcase.documents")
public record DocumentSettings(String publicBaseUrl, int verifyRequestsPerMinute) {

    public DocumentSettings {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank()
                ? "http://localhost:8080"
                : publicBaseUrl.strip().replaceAll("/+$", "");
        verifyRequestsPerMinute = verifyRequestsPerMinute <= 0 ? 30 : verifyRequestsPerMinute;
    }

    public String verifyUrl(String code) {
        return publicBaseUrl + "/verify/" + code;
    }
}
