package cn.laborcase.documents;

import static cn.laborcase.documents.DocumentFixtures.acceptance;
import static cn.laborcase.documents.DocumentFixtures.uniqueCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.laborcase.notification.MailAdministration;
import cn.laborcase.notification.OutboxEntry;
import cn.laborcase.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue-and-serve through the real outbox and the demo SMTP server (GreenMail): 电子送达 only on a recipient who
 * consented (民事诉讼法 §90), recorded when the server accepted the mail, not when it was queued; everyone else is
 * left to print.
 */
@IntegrationTest
class ElectronicServiceIT {

    static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    Documents documents;

    @Autowired
    ServiceRecords records;

    @Autowired
    MailAdministration mail;

    @Test
    void servesByEmailOnlyWithConsentAndRecordsTheServiceWhenTheServerAcceptedTheMail() {
        String consented = address("consented");
        String notConsented = address("no-consent");
        ServiceQueue queue = documents.issueAndServe(
                DocumentFixtures.withRecipients(
                        acceptance("D1", uniqueCase()),
                        List.of(
                                new Recipient("李秀英", "投诉人", "示范市东湖区春晖路18号", consented, true),
                                new Recipient("王强", "投诉人", "示范市东湖区春晖路20号", notConsented, false),
                                new Recipient("示范市东湖精工机械有限公司", "被投诉单位", "示范市东湖区科技路66号", null))),
                "inspector1");
        DocumentView issued = queue.document();
        RecipientView li = issued.recipients().get(0);

        assertThat(queue.byEmail()).extracting(RecipientView::name).containsExactly("李秀英");
        assertThat(queue.toPrint()).extracting(RecipientView::name).containsExactly("王强", "示范市东湖精工机械有限公司");

        await().atMost(DELIVERY)
                .until(() -> records.servedAt(issued.id(), li.id()).isPresent());
        OutboxEntry sent =
                mail.findByDedupKey(ElectronicService.key(issued.id(), li.id())).orElseThrow();
        ServiceRecordView record = records.forDocument(issued.id()).get(0);
        assertThat(record.method()).isEqualTo(ServiceMethod.EMAIL);
        assertThat(record.emailAddress()).isEqualTo(consented);
        // the moment the SMTP server accepted it, as the outbox recorded it — not the moment it was queued
        assertThat(record.servedAt()).isEqualTo(sent.sentAt());
        assertThat(record.receiptNumber()).isNotBlank();
        assertThat(mail.received(500).stream().anyMatch(m -> m.mailbox().equalsIgnoreCase(consented)))
                .isTrue();

        // no consent: no mail at all, and no service until someone records the paper one
        assertThat(mail.findByDedupKey(ElectronicService.key(
                        issued.id(), issued.recipients().get(1).id())))
                .isEmpty();
        assertThat(mail.received(500).stream().noneMatch(m -> m.mailbox().equalsIgnoreCase(notConsented)))
                .isTrue();
        assertThat(records.forDocument(issued.id())).hasSize(1);
    }

    private static String address(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
    }
}
