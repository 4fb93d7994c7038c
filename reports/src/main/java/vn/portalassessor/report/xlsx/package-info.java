/**
 * {@code ranking.xlsx}: the rankings as a spreadsheet inspectors can sort and annotate, one sheet per
 * category, written with Apache POI from the assessment. Reads results only; fetches nothing.
 */
package vn.portalassessor.report.xlsx;
