/**
 * Category 3 checks: the web portal's required information, updating and support functions
 * (C3.01–C3.30), each judged from the crawled pages with the methodology's hints.
 */
package vn.portalassessor.evaluate.portal;
