package cn.laborcase.documents;

import static cn.laborcase.documents.DocumentFixtures.acceptance;
import static cn.laborcase.documents.DocumentFixtures.thisYear;
import static cn.laborcase.documents.DocumentFixtures.uniqueCase;
import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.intake.IntakeDocumentTypes;
import cn.laborcase.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Gap-free numbering under concurrency: real transactions on real PostgreSQL, released at the same moment. */
@IntegrationTest
class ConcurrentNumberingIT {

    static final int ISSUES = 50;

    @Autowired
    Documents documents;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyConcurrentIssuesOfOneTypeGetFiftyDistinctConsecutiveNumbers() throws Exception {
        // a fresh office: its (office, type, year) key has never been used, so the first issues also race to create it
        String office = DocumentFixtures.newOffice(jdbc);
        String shortName = jdbc.queryForObject("select short_name from office where code = ?", String.class, office);
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            drafts.add(
                    documents.draft(acceptance(office, uniqueCase()), "clerk1").id());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ISSUES);
        try {
            List<Future<DocumentView>> results = new ArrayList<>();
            for (long id : drafts) {
                results.add(pool.submit(() -> {
                    start.await();
                    return documents.issue(id, "clerk1");
                }));
            }
            start.countDown();
            List<DocumentView> issued = new ArrayList<>();
            for (Future<DocumentView> result : results) {
                issued.add(result.get(120, TimeUnit.SECONDS));
            }

            List<Integer> seqs = jdbc.queryForList(
                    "select number_seq from document where office_code = ? and status = 'ISSUED' order by number_seq",
                    Integer.class,
                    office);
            assertThat(seqs)
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, ISSUES).boxed().toList());
            assertThat(issued)
                    .extracting(DocumentView::number)
                    .doesNotHaveDuplicates()
                    .allMatch(n -> n.matches(shortName + "劳监受字〔" + thisYear() + "〕([1-9]|[1-4][0-9]|50)号"));
            assertThat(issued).extracting(DocumentView::verificationCode).doesNotHaveDuplicates();
            assertThat(documents.nextSequence(office, IntakeDocumentTypes.ACCEPTANCE_NOTICE, thisYear()))
                    .isEqualTo(ISSUES + 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
