package vn.portalassessor.evaluate.result;

/** An agency's level in a category. */
public enum Level {
    TOT("Tốt"),
    KHA("Khá"),
    TRUNG_BINH("Trung bình");

    private final String vietnamese;

    Level(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
