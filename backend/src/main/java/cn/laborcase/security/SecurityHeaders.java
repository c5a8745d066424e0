package cn.laborcase.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Headers that tell the browser what our pages may do (issue 9 item 5), besides Spring Security's defaults
 * (no-sniff, frame denial, HSTS over HTTPS, no caching of authenticated pages).
 *
 * <ul>
 *   <li><b>Content-Security-Policy</b>: scripts, styles, images, fonts and requests from this server only; no inline
 *       script (the pages' behaviour is in {@code /js/*.js}, htmx runs with eval and its inline style element off,
 *       {@code templates/fragments/layout.html}); inline {@code style} attributes are allowed (a tree's
 *       indentation), style elements are not. No plugins, no framing, forms post only here. The Swagger UI
 *       (administrators only) needs inline styles and data: images and gets that, nothing more.
 *   <li><b>Referrer-Policy</b> {@code same-origin}: addresses such as {@code /verify/<code>} or a case page never
 *       reach another site in a Referer header.
 *   <li><b>Permissions-Policy</b>: no camera, microphone, location, payment, USB, sensors or screen capture.
 * </ul>
 */
final class SecurityHeaders {

    static final String POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
                    + "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                    + "form-action 'self'; frame-ancestors 'none'";

    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), "
            + "bluetooth=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=()";

    private SecurityHeaders() {}

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter((request, response) -> {
                    if (!response.containsHeader("Content-Security-Policy")) {
                        response.setHeader("Content-Security-Policy", isSwaggerUi(request) ? SWAGGER_POLICY : POLICY);
                    }
                })
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS));
    }

    private static boolean isSwaggerUi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/swagger-ui");
    }
}
