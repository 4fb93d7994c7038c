/**
 * Reading the assessment's input files: the methodology (JSON or YAML) with its validation, the
 * agency list, and the tables (CSV or XLSX) that self-reports and answers arrive in. Every refusal
 * names the file, the row or element path, and the field.
 */
package vn.portalassessor.criteria.load;
