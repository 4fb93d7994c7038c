package vn.portalassessor.criteria;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input file (agencies, self-reported data, confirmation answers) refused whole, with its bad rows
 * listed: the first {@link RowErrors#SHOWN} and a count of the rest, so a file of a million bad rows
 * is reported in a screenful and never held in memory whole. Nothing from a refused file is used.
 */
public class InputFileException extends IllegalArgumentException {

    private final List<RowError> errors;
    private final long omitted;

    /** The errors given; beyond the first {@link RowErrors#SHOWN} they are only counted. */
    public InputFileException(List<RowError> errors) {
        this(errors.subList(0, Math.min(errors.size(), RowErrors.SHOWN)), Math.max(0, errors.size() - RowErrors.SHOWN));
    }

    /**
     * @param shown   the errors listed
     * @param omitted how many more were found and not listed
     */
    public InputFileException(List<RowError> shown, long omitted) {
        super(message(shown, omitted));
        if (shown.isEmpty()) {
            throw new IllegalArgumentException("an InputFileException needs at least one row error");
        }
        this.errors = List.copyOf(shown);
        this.omitted = omitted;
    }

    public InputFileException(RowError error) {
        this(List.of(error));
    }

    private static String message(List<RowError> shown, long omitted) {
        String listed = shown.stream().map(RowError::toString).collect(Collectors.joining(System.lineSeparator()));
        return omitted == 0 ? listed : listed + System.lineSeparator() + "… and " + omitted + " more error"
                + (omitted == 1 ? "" : "s") + " not listed (only the first " + shown.size() + " are shown)";
    }

    /** The bad rows listed, in file order (at most {@link RowErrors#SHOWN}). */
    public List<RowError> errors() {
        return errors;
    }

    /** How many more bad rows were found than are listed. */
    public long omitted() {
        return omitted;
    }
}
