package cn.laborcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboxPageTest {

    private static final List<TaskView> FULL_PAGE = Collections.nCopies(20, null);

    @Test
    void showsAnExactCountAsIs() {
        InboxPage page = InboxPage.of(FULL_PAGE, 37, 0, 20);

        assertThat(page.totalLabel()).isEqualTo("37");
        assertThat(page.pagesLabel()).isEqualTo("2");
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void showsAQueueLongerThanTheCapAsCapPlus() {
        InboxPage page = InboxPage.of(FULL_PAGE, InboxPage.COUNT_CAP + 1, 49, 20);

        assertThat(page.totalCapped()).isTrue();
        assertThat(page.totalLabel()).isEqualTo("1000+");
        assertThat(page.pagesLabel()).isEqualTo("50+");
        // the 50th page of a queue of more than 1000 still has a next one
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void aCountOfExactlyTheCapIsExact() {
        InboxPage page = InboxPage.of(FULL_PAGE, InboxPage.COUNT_CAP, 49, 20);

        assertThat(page.totalCapped()).isFalse();
        assertThat(page.hasNext()).isFalse();
    }
}
