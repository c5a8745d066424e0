package cn.laborcase.cases;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.attachments}: what the evidence store accepts.
 *
 * @param maxBytes the largest file (default 10 MB)
 * @param allowedTypes the content types accepted, as read from the file's first bytes (default JPEG, PNG, PDF, MP4)
 */
@ConfigurationProperties("laborcase.attachments")
public record AttachmentSettings(Long maxBytes, List<String> allowedTypes) {

    public AttachmentSettings {
        maxBytes = maxBytes == null || maxBytes <= 0 ? 10L * 1024 * 1024 : maxBytes;
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty()
                ? List.of("image/jpeg", "image/png", "application/pdf", "video/mp4")
                : List.copyOf(allowedTypes);
    }
}
