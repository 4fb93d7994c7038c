/** results.csv: one row per agency × criterion, UTF-8 with a byte-order mark so spreadsheets show Vietnamese. */
package vn.portalassessor.report.csv;
