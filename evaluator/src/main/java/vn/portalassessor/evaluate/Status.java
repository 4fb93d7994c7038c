package vn.portalassessor.evaluate;

/**
 * A criterion's verdict (contract §3). UNREACHABLE and NEEDS_REVIEW say the tool could not judge:
 * they are never turned into NOT_MET.
 */
public enum Status {
    MET("Đạt"),
    PARTIAL("Đạt một phần"),
    NOT_MET("Không đạt"),
    /** The evidence is ambiguous or a check failed: a person must decide. */
    NEEDS_REVIEW("Cần xem xét"),
    NOT_APPLICABLE("Không áp dụng"),
    /** The site did not answer, or answered with a wall: nothing could be judged. */
    UNREACHABLE("Không truy cập được");

    private final String vietnamese;

    Status(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** As reports print it. */
    public String vietnamese() {
        return vietnamese;
    }

    /** Whether the verdict is a judgement that can earn or withhold points. */
    public boolean decisive() {
        return this == MET || this == PARTIAL || this == NOT_MET;
    }
}
