/**
 * Ranks within a group (high to low, ties sharing a rank: 1, 1, 3) and levels by the methodology's
 * level rule, in threshold mode or band mode.
 */
package vn.portalassessor.rank;
