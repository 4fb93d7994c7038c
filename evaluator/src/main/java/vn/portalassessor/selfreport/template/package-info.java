/**
 * The self-report workbook: the template written for each agency from the methodology (rows, units,
 * validation, locked cells, instructions, last year's values, a fingerprint) and the same workbook read
 * back when the agency returns it. Reads no portal and scores nothing.
 */
package vn.portalassessor.selfreport.template;
