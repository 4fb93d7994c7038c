package vn.portalassessor.crawl.warc;

/**
 * Where a record landed, so it can be read back and cited.
 *
 * @param file     the WARC file's name within the agency's evidence folder
 * @param offset   the byte offset of the record's (gzip member's) start
 * @param recordId the record's {@code WARC-Record-ID}, e.g. {@code <urn:uuid:...>}
 */
public record ArchivedRecord(String file, long offset, String recordId) {

    /** A record's id as WARC headers and results.json write it: {@code <urn:uuid:...>}. */
    public static String idOf(org.netpreserve.jwarc.WarcRecord record) {
        return "<" + record.id() + ">";
    }
}
