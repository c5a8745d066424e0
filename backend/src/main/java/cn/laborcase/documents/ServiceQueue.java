package cn.laborcase.documents;

import java.util.List;

/**
 * An issued document and how it is being served: by e-mail on those who consented (recorded when delivered), on
 * paper on everyone else (to print and serve directly or by post).
 */
public record ServiceQueue(DocumentView document, List<RecipientView> byEmail, List<RecipientView> toPrint) {

    public ServiceQueue {
        byEmail = List.copyOf(byEmail);
        toPrint = List.copyOf(toPrint);
    }

    static ServiceQueue of(DocumentView issued) {
        return new ServiceQueue(
                issued,
                issued.recipients().stream()
                        .filter(RecipientView::servedByEmail)
                        .toList(),
                issued.recipients().stream().filter(r -> !r.servedByEmail()).toList());
    }
}
