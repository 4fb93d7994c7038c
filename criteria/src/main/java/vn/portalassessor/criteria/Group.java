package vn.portalassessor.criteria;

/**
 * The three groups that are ranked separately: ministries, government agencies and provinces.
 * A criterion may apply to some groups only (the e-gazette, C3.13, to provinces).
 */
public enum Group {
    /** Bộ, cơ quan ngang Bộ. */
    MINISTRY("Bộ, cơ quan ngang Bộ"),
    /** Cơ quan thuộc Chính phủ. */
    GOV_AGENCY("Cơ quan thuộc Chính phủ"),
    /** Tỉnh, thành phố trực thuộc Trung ương. */
    PROVINCE("Tỉnh, thành phố trực thuộc Trung ương");

    private final String vietnameseName;

    Group(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The group's name as reports print it. */
    public String vietnameseName() {
        return vietnameseName;
    }
}
