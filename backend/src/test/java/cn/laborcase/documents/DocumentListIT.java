package cn.laborcase.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import cn.laborcase.support.Workbooks;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The document list searches, sorts and pages in SQL over every document the user may see, not over the newest 200:
 * 230 old documents of the clerk's office are all found, paged and exported in the search's order, and another
 * office's documents with the same 文号 part never appear.
 */
@IntegrationTest
class DocumentListIT {

    private static final int MINE = 230;
    private static final int OTHERS = 5;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final String key = "LT" + (System.nanoTime() % 1_000_000_000L);

    @AfterEach
    void removeTheDocuments() {
        jdbc.update("delete from document where doc_number like ?", key + "-%");
    }

    @Test
    void searchesPagesAndExportsEveryDocumentInScopeInSql() {
        String myOffice = officeOf("clerk2");
        String otherOffice = jdbc.queryForObject(
                "select code from office where code <> ? order by code fetch first 1 rows only",
                String.class,
                myOffice);
        Instant old = Instant.parse("2016-03-01T01:00:00Z");
        for (int i = 0; i < MINE; i++) {
            insert(myOffice, key + "-M-" + String.format("%03d", i), "M" + i, old.plusSeconds(60L * ((i * 7) % MINE)));
        }
        for (int i = 0; i < OTHERS; i++) {
            insert(otherOffice, key + "-X-" + String.format("%03d", i), "X" + i, old.plusSeconds(60L * i));
        }
        UserAgent clerk = UserAgent.loggedIn(port, "clerk2", UserAgent.DEMO_PASSWORD);

        // every one of the 230 (older than the newest 200) is found, a page of 100 at a time
        List<String> first = numbersOnPage(clerk, "/documents?number=" + key + "&size=100&sort=number&dir=asc");
        assertThat(first).hasSize(100).first().isEqualTo(key + "-M-000");
        assertThat(first).isSorted();
        List<String> third = numbersOnPage(clerk, "/documents?number=" + key + "&size=100&sort=number&dir=asc&page=2");
        assertThat(third).hasSize(MINE - 200).last().isEqualTo(key + "-M-229");
        List<String> descending = numbersOnPage(clerk, "/documents?number=" + key + "&size=10&sort=number&dir=desc");
        assertThat(descending).first().isEqualTo(key + "-M-229");

        // the export holds exactly the rows the search found, in its order; another office's never
        HttpResponse<byte[]> export = clerk.getBytes(
                "/documents/export?number=" + key + "&sort=number&dir=asc&from=2016-03-01&to=2016-03-01");
        assertThat(export.statusCode()).isEqualTo(200);
        List<String> exported = Workbooks.rows(export.body()).stream()
                .skip(1)
                .map(r -> r.get(1))
                .toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < MINE; i++) {
            expected.add(key + "-M-" + String.format("%03d", i));
        }
        assertThat(exported).containsExactlyElementsOf(expected);

        // sorted by the time drafted: the order of created_at, not of insertion
        List<String> byTime =
                Workbooks.rows(clerk.getBytes("/documents/export?number=" + key + "&sort=createdAt&dir=asc")
                                .body())
                        .stream()
                        .skip(1)
                        .map(r -> r.get(1))
                        .toList();
        assertThat(byTime).hasSize(MINE).first().isEqualTo(key + "-M-000");
        assertThat(byTime.get(1)).isEqualTo(key + "-M-" + String.format("%03d", inverseOf7(1)));

        // another day: nothing
        assertThat(numbersOnPage(clerk, "/documents?number=" + key + "&from=2016-03-02"))
                .isEmpty();

        // the administrator sees all documents, both offices
        UserAgent admin = UserAgent.loggedIn(port, "admin", UserAgent.DEMO_PASSWORD);
        assertThat(Workbooks.rows(
                        admin.getBytes("/documents/export?number=" + key).body()))
                .hasSize(1 + MINE + OTHERS);

        // hostile sort keys refused
        assertThat(clerk.get("/documents?sort=d.id").statusCode()).isEqualTo(400);
        assertThat(clerk.getBytes("/documents/export?sort=doc_number").statusCode())
                .isEqualTo(400);
    }

    /** The i of the document created {@code minutes} after the first: (i * 7) mod 230 = minutes. */
    private static int inverseOf7(int minutes) {
        for (int i = 0; i < MINE; i++) {
            if ((i * 7) % MINE == minutes) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private List<String> numbersOnPage(UserAgent agent, String path) {
        HttpResponse<String> page = agent.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.body()).doesNotContain(key + "-X-");
        Matcher m = Pattern.compile(">(" + key + "-M-\\d{3})<").matcher(page.body());
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private String officeOf(String username) {
        return jdbc.queryForObject(
                "select o.code from staff s join office o on o.id = s.office_id where s.username = ?",
                String.class,
                username);
    }

    private void insert(String office, String number, String code, Instant createdAt) {
        jdbc.update(
                "insert into document (case_type, case_id, type_code, office_code, status, revision, doc_number,"
                        + " verification_code, input_data, template_name, pdf_sha256, created_at, created_by,"
                        + " issued_at, issued_by, version)"
                        + " values ('COMPLAINT', '900000001', 'ACCEPTANCE_NOTICE', ?, 'ISSUED', 1, ?, ?, '{}',"
                        + " 'test', ?, ?, 'clerk2', ?, 'clerk2', 0)",
                office,
                number,
                key.substring(2) + code,
                "0".repeat(64),
                Timestamp.from(createdAt),
                Timestamp.from(createdAt.plusSeconds(30)));
    }
}
