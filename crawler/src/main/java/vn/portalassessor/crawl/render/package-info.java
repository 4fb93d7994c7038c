/**
 * Headless Chromium through Selenium WebDriver, for what plain fetching cannot see: menus and links
 * built by scripts, full-page screenshots of evidence, accessibility scans. Uses Debian's chromium and
 * chromedriver (Selenium Manager never downloads anything) or a Selenium Grid; local browsers, and a
 * Grid's when the proxy is bound where its nodes reach it, go through a forward proxy holding the
 * crawl's address guard. Browsers are pooled and recycled after a bounded number of pages, and a
 * page that hangs past its timeout is abandoned.
 */
package vn.portalassessor.crawl.render;
