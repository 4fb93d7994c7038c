/**
 * Points from values, exactly as the methodology's rule types say (RATIO, NORMALIZED against the
 * best of the group, PRESENCE, CAPPED_COUNT, COMPOSITE, BANDED), and category totals and indices.
 */
package vn.portalassessor.score;
