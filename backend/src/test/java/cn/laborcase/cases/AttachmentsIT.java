package cn.laborcase.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.cases.Attachments.Attachment;
import cn.laborcase.cases.Attachments.AttachmentOwner;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kernel's evidence store: the type is read from the bytes, the checksum is the content's, a file of another
 * owner is not found, and a refused upload names the field and writes nothing.
 */
@IntegrationTest
class AttachmentsIT {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 7_000_000_000L);

    /** The smallest PNG signature plus a few bytes: enough for the type check. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H'};

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Autowired
    Attachments attachments;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    @Test
    void aStoredPhotoComesBackWithItsChecksumAndOnlyForItsOwner() throws Exception {
        AttachmentOwner owner = new AttachmentOwner("PATROL", IDS.incrementAndGet());
        AttachmentOwner other = new AttachmentOwner("PATROL", IDS.incrementAndGet());

        Attachment stored = inTransaction(
                () -> attachments.store(owner, "C:\\现场\\车间照片.png", "image/png", PNG, "车间入口，机器已搬空\r\n第二行", "wangqiang"));

        assertThat(stored.fileName()).isEqualTo("车间照片.png");
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.size()).isEqualTo(PNG.length);
        assertThat(stored.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(PNG)));
        assertThat(stored.description()).isEqualTo("车间入口，机器已搬空\n第二行");
        assertThat(stored.uploadedBy()).isEqualTo("wangqiang");
        assertThat(attachments.of(owner)).extracting(Attachment::id).containsExactly(stored.id());
        assertThat(attachments.of(other)).isEmpty();
        assertThat(attachments.content(owner, stored.id()).orElseThrow().content())
                .isEqualTo(PNG);
        assertThat(attachments.content(other, stored.id())).isEmpty();
    }

    @Test
    void theTypeIsReadFromTheBytesNotFromTheName() {
        AttachmentOwner owner = new AttachmentOwner("INSPECTION_CASE", IDS.incrementAndGet());
        Attachment stored =
                inTransaction(() -> attachments.store(owner, "扫描件", "application/octet-stream", JPEG, "wangqiang"));
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void refusedUploadsNameTheFieldAndWriteNothing() {
        AttachmentOwner owner = new AttachmentOwner("INSPECTION_CASE", IDS.incrementAndGet());
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        byte[] huge = Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);

        assertRefused(owner, "a.png", "image/png", new byte[0], null, "file", "Required");
        assertRefused(owner, "a.png", "image/png", huge, null, "file", "Size");
        assertRefused(owner, "a.html", "text/html", script, null, "file", "Type");
        assertRefused(owner, "假照片.png", "image/png", JPEG, null, "file", "Type");
        assertRefused(owner, "a\u0000.png", "image/png", PNG, null, "file", "FileName");
        assertRefused(owner, "a.png", "image/png", PNG, "说明\u0007", "description", "Control");
        assertRefused(owner, "a.png", "image/png", PNG, "长".repeat(501), "description", "Size");

        assertThat(attachments.of(owner)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from attachment where owner_kind = ? and owner_id = ?",
                        Long.class,
                        owner.kind(),
                        owner.id()))
                .isZero();
    }

    @Test
    void storingNeedsTheCallersTransaction() {
        AttachmentOwner owner = new AttachmentOwner("PATROL", IDS.incrementAndGet());
        assertThatThrownBy(() -> attachments.store(owner, "a.png", "image/png", PNG, "wangqiang"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private void assertRefused(
            AttachmentOwner owner,
            String name,
            String type,
            byte[] content,
            String description,
            String field,
            String code) {
        assertThatThrownBy(() ->
                        inTransaction(() -> attachments.store(owner, name, type, content, description, "wangqiang")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, code)));
    }
}
