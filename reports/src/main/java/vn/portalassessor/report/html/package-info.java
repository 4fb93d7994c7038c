/**
 * The HTML report in Vietnamese: the national ranking ({@code report/index.html}) and one evidence page
 * per agency ({@code report/agency/<id>.html}), from jte templates compiled at build time. Static files
 * that open without a server.
 */
package vn.portalassessor.report.html;
