package cn.laborcase.documents.web;

import cn.laborcase.documents.PdfFile;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File responses: a Chinese file name (RFC 6266 / 5987), never cached (documents hold personal data). */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> pdf(PdfFile pdf, boolean inline) {
        return file(pdf.fileName(), MediaType.APPLICATION_PDF_VALUE, pdf.content(), inline);
    }

    static ResponseEntity<byte[]> file(String fileName, String contentType, byte[] content, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(contentType))
                .body(content);
    }
}
