package cn.laborcase.notification.web;

import cn.laborcase.notification.MailAttachment;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attachment as a file download (the browser saves it under its Chinese name, RFC 6266 filename*). */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> of(MailAttachment file) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
