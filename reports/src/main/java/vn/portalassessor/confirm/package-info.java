/**
 * {@code confirm}: the two confirmation rounds of methodology §6. Exports one workbook per agency,
 * imports the agencies' answers strictly, records inspectors' decisions and re-checks, and keeps all
 * of it in an append-only journal from which the final, re-scored assessment and the change report
 * are derived. Reads results and the crawler's archive; fetches only through the crawler's
 * {@link vn.portalassessor.crawl.PageSource} during a re-check.
 */
package vn.portalassessor.confirm;
