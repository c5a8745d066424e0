package cn.laborcase.employer;

import java.util.Locale;

/**
 * A name as the registry searches it, so that "华星有限公司" finds "华星有限责任公司" and "华星（东湖）" finds "华星(东湖)":
 * the company forms 股份有限公司, 有限责任公司 and 有限公司 all written as 公司, brackets of either width and spaces
 * removed, Latin letters in capitals. Computed in Java only ({@link EmployerRegistry#fillMissingSearchKeys} for rows
 * without one): in SQL, IvorySQL's Oracle mode reads the empty replacement as NULL.
 */
final class EmployerSearchKey {

    private static final String[][] FORMS = {{"股份有限公司", "公司"}, {"有限责任公司", "公司"}, {"有限公司", "公司"}};

    private EmployerSearchKey() {}

    static String of(String name) {
        if (name == null) {
            return null;
        }
        String key = name;
        for (String[] form : FORMS) {
            key = key.replace(form[0], form[1]);
        }
        key = key.replace("（", "").replace("）", "").replace("(", "").replace(")", "");
        key = key.replaceAll("\\s", "").replace("\u3000", "");
        return key.toUpperCase(Locale.ROOT);
    }
}
