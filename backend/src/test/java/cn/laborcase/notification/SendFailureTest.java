package cn.laborcase.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

class SendFailureTest {

    @Test
    void retriesWhenTheServerCannotBeReached() {
        MailConnectException refused = new MailConnectException(new SocketConnectException(
                "Connection refused", new ConnectException("Connection refused"), "h", 25, 5000));

        SendFailure failure = SendFailure.of(refused);

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.text()).contains("Connection refused");
        assertThat(failure.reply()).isNull();
    }

    @Test
    void retriesATemporaryRefusal() throws Exception {
        SendFailedException busy = new SendFailedException(
                "Invalid Addresses",
                new SMTPAddressFailedException(
                        new InternetAddress("a@example.cn"), "RCPT TO:<a@example.cn>", 451, "451 4.3.0 try later"));

        assertThat(SendFailure.of(busy).permanent()).isFalse();
        assertThat(SendFailure.of(busy).reply()).isEqualTo("451 4.3.0 try later");
    }

    @Test
    void givesUpOnAPermanentRefusal() throws Exception {
        SendFailedException unknown = new SendFailedException(
                "Invalid Addresses",
                new SMTPAddressFailedException(
                        new InternetAddress("nobody@example.cn"),
                        "RCPT TO:<nobody@example.cn>",
                        550,
                        "550 5.1.1 mailbox unavailable"));

        SendFailure failure = SendFailure.of(unknown);

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.reply()).isEqualTo("550 5.1.1 mailbox unavailable");
        assertThat(failure.text()).contains("550 5.1.1 mailbox unavailable");
    }

    @Test
    void givesUpWhenSomeRecipientsAlreadyHaveTheMessage() throws Exception {
        Address[] sent = {new InternetAddress("a@example.cn")};
        SMTPSendFailedException partly = new SMTPSendFailedException(
                "DATA", 452, "452 too many recipients", null, sent, new Address[0], new Address[0]);

        assertThat(SendFailure.of(partly).permanent()).isTrue();
    }

    @Test
    void givesUpOnAMessageThatCannotBeComposed() {
        SendFailure failure = SendFailure.of(new SmtpGateway.Unsendable(new MessagingException("bad address")));

        assertThat(failure.permanent()).isTrue();
    }
}
