package vn.portalassessor.crawl.render;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** A page that did not finish loading in time; its browser was discarded. Callers record it and move on. */
public final class PageTimeoutException extends TimeoutException {

    public PageTimeoutException(URI url, Duration timeout) {
        super("the page " + url + " did not load within " + timeout.toSeconds() + " s; abandoned");
    }
}
