package vn.portalassessor.evaluate.reading;

import java.util.List;

/**
 * What a portal's chrome was learnt to be from all its pages: how many distinct pages it was learnt
 * from and the signatures of the blocks that recur on enough of them. Learning it means walking every
 * page's elements; kept, a re-score works out the signatures of only the pages a check looks into.
 *
 * @param distinctPages the distinct pages learnt from
 * @param signatures    the signatures of the repeated blocks, ascending
 */
public record ChromeReading(int distinctPages, List<Long> signatures) {

    public ChromeReading {
        signatures = List.copyOf(signatures);
    }
}
