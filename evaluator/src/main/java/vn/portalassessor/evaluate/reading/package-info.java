/**
 * What the evaluator reads off each archived page once and keeps in the run folder, so that a
 * re-score ({@code assessor evaluate --run}) does not work every page out again: each page's links,
 * its own text apart from the site's chrome, its own title and whether it is only a placeholder, and
 * the chrome the portal repeats on every page.
 * Kept per agency in {@code crawl-state/<id>/page-readings.json.gz}, keyed by the agency's captures,
 * the portal address, the placeholder phrases and the format, so a changed page or a changed format
 * makes it be read afresh. Does not fetch, and does not judge: checks still decide everything.
 */
package vn.portalassessor.evaluate.reading;
