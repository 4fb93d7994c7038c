package vn.portalassessor.criteria;

/**
 * A methodology file that cannot be used, with the path of the offending element so an inspector
 * can find it: {@code 2016-reconstructed.yaml: categories[2].criteria[5].maxPoints: ...}.
 */
public class MethodologyException extends IllegalArgumentException {

    private final String file;
    private final String path;

    public MethodologyException(String file, String path, String problem) {
        super(file + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
        this.file = file;
        this.path = path;
    }

    /** The file the methodology was read from. */
    public String file() {
        return file;
    }

    /** The offending element, e.g. {@code categories[2].criteria[5].maxPoints}; empty for the whole file. */
    public String path() {
        return path;
    }
}
