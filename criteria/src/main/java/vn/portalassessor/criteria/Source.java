package vn.portalassessor.criteria;

/**
 * Where a criterion's value may come from. An inspector's override always wins and is audited; the
 * methodology lists the others in order of precedence for each criterion.
 */
public enum Source {
    CRAWLER,
    SELF_REPORTED,
    INSPECTOR
}
