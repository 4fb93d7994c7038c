package vn.portalassessor.criteria;

/**
 * One step of a {@link RuleType#BANDED} rule: a value of at least {@code min} earns {@code points}.
 */
public record Band(double min, double points) {
}
