/**
 * What changed between two runs ({@code assessor compare}): two years, or before and after the
 * confirmation rounds. Reads two assessments, never a run directory's archives, and writes a page of
 * its own; the runs themselves are not touched.
 */
package vn.portalassessor.report.compare;
