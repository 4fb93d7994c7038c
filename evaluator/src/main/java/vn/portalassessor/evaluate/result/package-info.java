/**
 * The assessment's results as results.json carries them (contract §3): agencies, categories with
 * index, rank and level, and every criterion with its status, points, source, reason and evidence.
 * Reports read only these records.
 */
package vn.portalassessor.evaluate.result;
