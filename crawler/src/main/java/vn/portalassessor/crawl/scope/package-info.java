/**
 * Which URLs an agency's crawl may fetch: the hosts in scope, canonical forms that fold the CMS
 * families' noise (session ids, Liferay {@code p_p_*}, Oracle ADF state, {@code ?redirect=}), and the
 * address guard that refuses loopback, private, link-local and multicast targets unless allowed.
 */
package vn.portalassessor.crawl.scope;
