package vn.portalassessor.criteria;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input file (agencies, self-reported data, confirmation answers) refused whole, with every bad
 * row listed. Nothing from a refused file is used.
 */
public class InputFileException extends IllegalArgumentException {

    private final List<RowError> errors;

    public InputFileException(List<RowError> errors) {
        super(errors.stream().map(RowError::toString).collect(Collectors.joining(System.lineSeparator())));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InputFileException needs at least one row error");
        }
        this.errors = List.copyOf(errors);
    }

    public InputFileException(RowError error) {
        this(List.of(error));
    }

    /** Every bad row, in file order. */
    public List<RowError> errors() {
        return errors;
    }
}
