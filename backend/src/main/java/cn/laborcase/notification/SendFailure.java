package cn.laborcase.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Why a send failed, in words an operator can act on, and whether trying again can help. The SMTP reply code
 * decides (RFC 5321 §4.2.1): 5xx is a permanent refusal (unknown mailbox, message too large, sender refused), so
 * the message goes straight to FAILED; 4xx, connection and time-out errors are temporary and retried.
 *
 * @param reply the server's reply line where there was one, e.g. "550 5.1.1 mailbox unavailable"
 */
record SendFailure(boolean permanent, String text, String reply) {

    private static final int MAX_TEXT = 2000;

    static SendFailure of(Exception e) {
        boolean permanent = false;
        String reply = null;
        Set<String> messages = new LinkedHashSet<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> todo = new ArrayList<>(List.of(e));
        while (!todo.isEmpty()) {
            Throwable t = todo.remove(0);
            if (t == null || seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            int code = replyCode(t);
            if (code >= 500) {
                permanent = true;
            }
            if (code > 0 && reply == null) {
                reply = t.getMessage() == null
                        ? String.valueOf(code)
                        : t.getMessage().strip();
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                messages.add(
                        t.getClass().getSimpleName() + ": " + t.getMessage().strip());
            }
            if (t instanceof MessagingException m) {
                todo.add(m.getNextException());
            }
            todo.add(t.getCause());
        }
        if (e instanceof SmtpGateway.Unsendable) {
            permanent = true;
        }
        if (e instanceof SendFailedException failed
                && failed.getValidSentAddresses() != null
                && failed.getValidSentAddresses().length > 0) {
            // some recipients got it: trying again would send it to them twice
            permanent = true;
        }
        String text = messages.isEmpty() ? e.getClass().getName() : String.join(" ← ", messages);
        return new SendFailure(permanent, truncate(text, MAX_TEXT), SmtpGateway.trimReply(reply));
    }

    private static int replyCode(Throwable t) {
        if (t instanceof SMTPAddressFailedException f) {
            return f.getReturnCode();
        }
        if (t instanceof SMTPSendFailedException f) {
            return f.getReturnCode();
        }
        if (t instanceof SMTPSenderFailedException f) {
            return f.getReturnCode();
        }
        return -1;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
