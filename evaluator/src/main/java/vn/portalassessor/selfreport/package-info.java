/**
 * The agencies' self-reported figures (Circular 06/2013 regime): which rows the methodology asks of each
 * group ({@code AskedRow}), the one rule for Vietnamese numbers ({@code VietnameseNumber}), strict import
 * from a CSV/XLSX table, a returned template or a folder of them, and who has reported what
 * ({@code SelfReportStatus}). One bad row refuses its file; nothing is half-imported.
 */
package vn.portalassessor.selfreport;
