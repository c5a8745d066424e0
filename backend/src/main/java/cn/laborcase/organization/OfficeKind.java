package cn.laborcase.organization;

/** What an office does. */
public enum OfficeKind {
    BUREAU("人力资源和社会保障局"),
    INSPECTION("劳动保障监察机构"),
    ARBITRATION("劳动人事争议仲裁委员会");

    private final String label;

    OfficeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
