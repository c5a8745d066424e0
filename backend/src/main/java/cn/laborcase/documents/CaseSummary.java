package cn.laborcase.documents;

import cn.laborcase.shared.CaseRef;

/**
 * A case as a document form and page show it.
 *
 * @param number the case's own number, e.g. 东湖投诉〔2026〕4号
 * @param title a short description for the chooser, e.g. the employer and the matter
 * @param officeCode the office that handles the case: its documents are issued in that office's name
 * @param gridCode the grid of the employer concerned, if any (data scope of the documents)
 */
public record CaseSummary(CaseRef ref, String number, String title, String officeCode, String gridCode) {

    /** 东湖投诉〔2026〕4号 · 示范市东湖精工机械有限公司. */
    public String label() {
        return title == null || title.isBlank() ? number : number + " · " + title;
    }
}
