package vn.portalassessor.report.html;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Collects what a page reports as errors while it loads (every image included, lazy or not) — script errors, {@code console.error}, resources
 * that fail to load, content-security-policy violations — by installing a listener before any of the
 * page's own code runs (DevTools {@code Page.addScriptToEvaluateOnNewDocument}).
 */
final class PageErrors {

    private static final String LISTENER = """
            window.__pageErrors = [];
            window.addEventListener('error', function (e) {
              var t = e.target;
              window.__pageErrors.push(t && t !== window && (t.src || t.href)
                  ? 'resource failed: ' + (t.src || t.href) : 'script error: ' + e.message);
            }, true);
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__pageErrors.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI);
            });
            var original = console.error;
            console.error = function () {
              window.__pageErrors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
              return original.apply(console, arguments);
            };
            """;

    private PageErrors() {
    }

    /** Loads {@code url} again in {@code driver} with the listener installed and returns the errors seen. */
    @SuppressWarnings("unchecked")
    static List<String> load(WebDriver driver, String url) {
        ((HasCdp) driver).executeCdpCommand("Page.enable", Map.of());
        ((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
        driver.get(url);
        // Lazy thumbnails below the fold load too, so a broken one is seen.
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var imgs = Array.prototype.slice.call(document.images);
                imgs.forEach(function (i) { i.loading = 'eager'; });
                return Promise.all(imgs.map(function (i) {
                  return i.complete ? null : new Promise(function (r) { i.onload = r; i.onerror = r; }); }))
                  .then(function () { return new Promise(function (done) {
                    setTimeout(function () { done(window.__pageErrors || ['listener missing']); }, 300); }); });
                """);
    }
}
