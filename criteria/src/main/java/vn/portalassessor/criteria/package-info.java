/**
 * The assessment methodology as data: categories, criteria, rule types, points, detection hints and
 * the level rule. Everything here is immutable and read from a methodology file (see
 * {@link vn.portalassessor.criteria.load.MethodologyLoader}); no criterion, keyword or point value is
 * written in code. Knows nothing of crawling, evaluation or reports.
 */
package vn.portalassessor.criteria;
