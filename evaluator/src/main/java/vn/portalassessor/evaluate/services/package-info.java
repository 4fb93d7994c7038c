/**
 * Category 4 checks: the online public services — the catalogue (C4.01), and, from one survey of the
 * agency's service pages ({@link vn.portalassessor.evaluate.services.ServiceSurvey}), each service's
 * level-1 fields (C4.02), forms that really download (C4.03), the level each service really works at
 * against the level it declares (C4.04, C4.05), the support functions (C4.06), subordinate units'
 * services (C4.07) and the published share of online applications (C4.08). Reads captured pages and,
 * for links the crawl did not fetch, the agency's probe source; fetches nothing itself.
 */
package vn.portalassessor.evaluate.services;
