/**
 * Headless Chromium through Selenium WebDriver, for what plain fetching cannot see: menus and links
 * built by scripts, full-page screenshots of evidence, accessibility scans. Uses Debian's chromium and
 * chromedriver (Selenium Manager never downloads anything) or a Selenium Grid, a pool of browsers
 * recycled after a bounded number of pages, and a timeout after which a hanging page is abandoned.
 */
package vn.portalassessor.crawl.render;
