package vn.portalassessor.confirm;

/** Where an agency stands in the confirmation rounds, as the report prints it. */
public enum AgencyStatus {
    NOT_ANSWERED("Chưa trả lời"),
    CONFIRMED("Đã xác nhận"),
    DISPUTED("Có ý kiến khác, chờ giải quyết"),
    RESOLVED("Đã giải quyết");

    private final String vietnamese;

    AgencyStatus(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
