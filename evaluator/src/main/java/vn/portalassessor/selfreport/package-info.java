/**
 * The agencies' self-reported figures (Circular 06/2013 regime): imported strictly from CSV or XLSX
 * in the contract's shape — one bad row refuses the whole file, with every bad row listed.
 */
package vn.portalassessor.selfreport;
