package cn.laborcase.patrol;

import java.util.List;

/**
 * A patrol with its checklist and record, as its page shows it.
 *
 * @param photos the photos taken on the patrol (现场照片), oldest first
 * @param mayRecord the viewer is one of the drawn pair or a leader of the grid's office, and it is not recorded yet
 */
public record PatrolRecordView(
        PatrolItemView item,
        String gridName,
        int version,
        List<Check> checks,
        String notes,
        String sitePlace,
        String sitePresent,
        String siteFindings,
        List<cn.laborcase.cases.Attachments.Attachment> photos,
        boolean mayRecord) {

    /** One checklist item and its answer (null while not recorded). */
    public record Check(String topic, String label, String verdict, String verdictLabel) {}
}
