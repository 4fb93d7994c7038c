package vn.portalassessor.criteria;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the bad rows of an input file while it is read: the first {@link #SHOWN} are kept, the
 * rest only counted, so memory stays bounded however many rows are bad. Not thread-safe.
 */
public final class RowErrors {

    /** How many bad rows an error listing names; the rest are counted. */
    public static final int SHOWN = 50;

    private final List<RowError> first = new ArrayList<>();
    private long count;

    public void add(RowError error) {
        count++;
        if (first.size() < SHOWN) {
            first.add(error);
        }
    }

    public void addAll(Collection<RowError> errors) {
        errors.forEach(this::add);
    }

    /** The errors a listing names: the first {@link #SHOWN}. */
    public List<RowError> shown() {
        return List.copyOf(first);
    }

    /** Every error found so far, listed or not. */
    public long count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Refuses the file when any row was bad. */
    public void throwIfAny() {
        if (count > 0) {
            throw new InputFileException(first, count - first.size());
        }
    }
}
