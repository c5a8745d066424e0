package cn.laborcase.cases;

import cn.laborcase.shared.CaseRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A case as people name it, for any screen: its number from the track's {@link CaseNaming}, never "COMPLAINT 5" or
 * "举报投诉 #5". Templates call {@code ${@caseNames.label(ref)}}. It names, it does not authorise: a page shows it only
 * for a case the user may see.
 */
@Component("caseNames")
public class CaseNames {

    private final ObjectProvider<CaseNaming> namings;

    CaseNames(ObjectProvider<CaseNaming> namings) {
        this.namings = namings;
    }

    public String label(CaseRef ref) {
        if (ref == null) {
            return "—";
        }
        return namings.orderedStream()
                .filter(n -> n.caseType() == ref.type())
                .findFirst()
                .flatMap(n -> n.number(ref.id()))
                .orElse(ref.type().label() + "（未编号）");
    }
}
