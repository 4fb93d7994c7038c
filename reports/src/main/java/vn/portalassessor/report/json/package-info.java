/** results.json: written and read back, so reports can be rewritten from a finished run. */
package vn.portalassessor.report.json;
