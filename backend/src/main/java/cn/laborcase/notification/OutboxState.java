package cn.laborcase.notification;

/** Where a message of the outbox stands. */
public enum OutboxState {
    /** waiting to be sent: new, or waiting for its next attempt after a failure */
    PENDING("待发送"),
    /** claimed by one sender, which is talking to the SMTP server (or crashed; the lease then runs out) */
    SENDING("发送中"),
    /** the SMTP server accepted it */
    SENT("已发送"),
    /** every attempt failed, or the server refused it for good; an administrator may requeue it */
    FAILED("发送失败");

    private final String label;

    OutboxState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
