package vn.portalassessor.evaluate;

import vn.portalassessor.criteria.Criterion;

/**
 * One family of crawler checks, named in the methodology file by its {@link #name()} (a criterion's
 * {@code check: site-search}). It judges a criterion on an agency's evidence using the criterion's
 * hints, never strings of its own. A check that throws is reported as NEEDS_REVIEW, never MET.
 */
public interface Check {

    /** The name the methodology file uses. */
    String name();

    /** Judges {@code criterion} for the agency whose evidence is {@code site}; the site is assessable. */
    Verdict judge(Criterion criterion, SiteEvidence site);
}
