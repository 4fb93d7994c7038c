/**
 * The outputs of a run directory (contract §3), written only from an {@link
 * vn.portalassessor.evaluate.result.Assessment}: reports read results, they never judge. The front
 * door is {@link vn.portalassessor.report.RunOutputs}.
 */
package vn.portalassessor.report;
