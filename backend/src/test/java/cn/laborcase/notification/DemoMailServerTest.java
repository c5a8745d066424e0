package cn.laborcase.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Two instances on one machine (issue 9 item 19): the second one's demo SMTP server finds the port taken, listens on
 * a free one and its own mail goes there, instead of silently to the first instance's server.
 */
class DemoMailServerTest {

    @Test
    void listensOnAFreePortAndTakesItsSenderAlongWhenItsPortIsTaken() throws Exception {
        try (ServerSocket firstInstance = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int taken = firstInstance.getLocalPort();
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("localhost");
            sender.setPort(taken);
            DemoMailServer server = server(taken, sender);

            server.start();
            try {
                assertThat(server.isRunning()).isTrue();
                assertThat(server.port()).isNotEqualTo(taken).isPositive();
                assertThat(sender.getPort()).isEqualTo(server.port());

                SimpleMailMessage mail = new SimpleMailMessage();
                mail.setFrom("noreply@laborcase.local");
                mail.setTo("clerk@example.gov.cn");
                mail.setSubject("测试");
                mail.setText("第二个实例的邮件");
                sender.send(mail);

                assertThat(server.received()).singleElement().satisfies(c -> assertThat(c.mailbox())
                        .isEqualTo("clerk@example.gov.cn"));
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void leavesASenderAimedElsewhereAlone() throws Exception {
        try (ServerSocket firstInstance = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("localhost");
            sender.setPort(587);
            DemoMailServer server = server(firstInstance.getLocalPort(), sender);

            server.start();
            try {
                assertThat(server.isRunning()).isTrue();
                assertThat(sender.getPort()).isEqualTo(587);
            } finally {
                server.stop();
            }
        }
    }

    private static DemoMailServer server(int port, JavaMailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        MailSettings settings = new MailSettings(
                null, null, true, null, null, 0, null, 0, null, new MailSettings.DemoServer(true, "127.0.0.1", port));
        return new DemoMailServer(settings, "localhost", beans.getBeanProvider(JavaMailSender.class));
    }
}
