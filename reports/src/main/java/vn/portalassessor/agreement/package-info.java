/**
 * {@code agreement}: how far a run's verdicts agree with an inspector's labels of a sample of agency ×
 * criterion verdicts. Reads the inspector's label file and a run's results (through
 * {@link vn.portalassessor.report.json.ResultsJson}); computes the share of labels the tool matched
 * (overall, per category, per criterion), Cohen's kappa, the confusion table, the error of the
 * level-3 / level-4 service counts, and lists every disagreement. It never re-scores, fetches or
 * writes into the run.
 */
package vn.portalassessor.agreement;
