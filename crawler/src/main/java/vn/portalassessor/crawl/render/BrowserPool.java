package vn.portalassessor.crawl.render;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.portalassessor.crawl.frontier.HostThrottle;
import vn.portalassessor.crawl.scope.AddressGuard;
import vn.portalassessor.crawl.scope.CrawlScope;

/**
 * A bounded pool of headless Chromium browsers. Each page is loaded in a browser taken from the pool;
 * a browser is replaced after {@link BrowserSettings#pagesPerBrowser()} pages, after a page that
 * hangs past {@link BrowserSettings#pageTimeout()} (the browser is killed, the page reported), and
 * after any browser crash. Browsers start lazily, each with a fresh profile and Chromium's background
 * networking off, so nothing is sent anywhere but to the pages asked for. Local browsers reach the
 * network only through a {@link GuardedProxy} holding the crawl's {@link AddressGuard}, so a page
 * cannot lead them to a loopback or private address the crawler itself would refuse. A Selenium
 * Grid's browsers go through the same proxy when it is bound where the Grid's nodes reach it
 * ({@link BrowserSettings#proxyBinding()}); without that they are on the Grid's network, unguarded,
 * and a warning says so. Each visit waits for its host's
 * politeness delay on the crawl's own {@link HostThrottle} (a page load counts as one request; the
 * images and scripts it pulls in are not paced one by one). Profiles are made by
 * {@link BrowserProfiles}: the first pool of a JVM cleans up browsers and profiles a killed run left
 * behind, and a shutdown hook kills the browsers and removes their profiles when the JVM ends without
 * closing the pool. Thread-safe; close it to quit every browser and stop the proxy.
 */
public final class BrowserPool implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserPool.class);

    private final BrowserSettings settings;
    private final AddressGuard guard;
    private final HostThrottle throttle;
    private final Duration delayPerHost;
    private final BlockingQueue<Browser> idle;
    private GuardedProxy proxy;
    private final AtomicBoolean closed = new AtomicBoolean();
    private int started;
    private boolean warnedUnguardedGrid;

    /** One browser, its profile directory on this machine (null for a Grid's), and what it has served. */
    private static final class Browser {
        final WebDriver driver;
        final Path profile;
        int pages;

        Browser(WebDriver driver, Path profile) {
            this.driver = driver;
            this.profile = profile;
        }
    }

    /**
     * @param settings     how browsers are started
     * @param guard        the addresses local browsers may reach: the crawl's own
     * @param throttle     the hosts' pauses, shared with the crawler that renders in this pool
     * @param delayPerHost the pause before a visit to a host after the last request to it
     */
    public BrowserPool(BrowserSettings settings, AddressGuard guard, HostThrottle throttle, Duration delayPerHost) {
        this.settings = settings;
        this.guard = guard;
        this.throttle = throttle;
        this.delayPerHost = delayPerHost;
        this.idle = new ArrayBlockingQueue<>(settings.browsers());
        BrowserProfiles.cleanStaleOnce();
    }

    /** A pool whose visits are not paced, for pages on the assessor's own servers (reports, tests). */
    public BrowserPool(BrowserSettings settings, AddressGuard guard) {
        this(settings, guard, new HostThrottle(), Duration.ZERO);
    }

    /** The throttle visits wait on: a crawler rendering in this pool paces its own requests on it too. */
    public HostThrottle throttle() {
        return throttle;
    }

    public BrowserSettings settings() {
        return settings;
    }

    /**
     * Requests of rendered pages the guard refused so far, as {@code host (reason)}; each is also
     * logged as a warning when first refused.
     */
    public synchronized List<String> refusedRequests() {
        return proxy == null ? List.of() : proxy.refusals();
    }

    /**
     * Loads {@code url} in a pooled browser and applies {@code work} to it once loaded.
     *
     * @throws PageTimeoutException when the page does not load in time
     * @throws IOException          when no browser can be started or the browser failed
     */
    public <T> T withPage(URI url, Function<WebDriver, T> work) throws PageTimeoutException, IOException {
        Browser browser = take();
        boolean healthy = false;
        try {
            // the pause is booked just before the page is asked for, not before a browser starts;
            // a file the assessor wrote (file:, a report) has no host to spare
            if (url.getHost() != null) {
                throttle.await(CrawlScope.authority(url), delayPerHost);
            }
            browser.driver.get(url.toString());
            T result = work.apply(browser.driver);
            healthy = true;
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to visit " + url, e);
        } catch (TimeoutException e) {
            throw new PageTimeoutException(url, settings.pageTimeout());
        } catch (WebDriverException e) {
            throw new IOException("the browser failed on " + url + ": " + firstLine(e.getMessage()), e);
        } finally {
            giveBack(browser, healthy);
        }
    }

    private Browser take() throws IOException {
        if (closed.get()) {
            throw new IOException("the browser pool is closed");
        }
        Browser b = idle.poll();
        if (b != null) {
            return b;
        }
        synchronized (this) {
            if (started < settings.browsers()) {
                started++;
                try {
                    return start();
                } catch (RuntimeException | IOException e) {
                    started--;
                    throw e instanceof IOException io ? io : new IOException("cannot start a browser: " + firstLine(e.getMessage()), e);
                }
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a browser", e);
        }
    }

    private void giveBack(Browser b, boolean healthy) {
        b.pages++;
        if (!healthy || b.pages >= settings.pagesPerBrowser() || closed.get()) {
            quit(b);
            synchronized (this) {
                started--;
            }
            return;
        }
        if (!idle.offer(b)) {
            quit(b);
            synchronized (this) {
                started--;
            }
        }
    }

    private Browser start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--disable-quic",
                "--hide-scrollbars", "--mute-audio", "--lang=vi",
                "--window-size=" + settings.windowWidth() + "," + settings.windowHeight());
        options.setPageLoadTimeout(settings.pageTimeout());
        options.setScriptTimeout(settings.pageTimeout());
        if (settings.grid().isPresent()) {
            // a Grid node's chromedriver gives each session a fresh profile of its own, on the node
            if (settings.proxy().isPresent()) {
                options.addArguments(proxyArguments());
            } else {
                warnUnguardedGridOnce();
            }
            return new Browser(new RemoteWebDriver(settings.grid().get(), options), null);
        }
        String missing = settings.missingLocalBrowser().orElse(null);
        if (missing != null) {
            throw new IOException(missing);
        }
        Path profile = BrowserProfiles.create();
        options.addArguments("--user-data-dir=" + profile);
        options.setBinary(settings.chromeBinary().toFile());
        options.addArguments(proxyArguments());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(settings.chromedriver().toString()))
                .usingAnyFreePort()
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            BrowserProfiles.killUsing(profile);
            BrowserProfiles.delete(profile);
            throw e;
        }
    }

    /**
     * Chromium's flags sending every request through the guarded proxy. {@code <-loopback>} removes
     * chromium's implicit bypass of loopback addresses, so nothing, not even 127.0.0.1 or localhost,
     * skips the proxy.
     */
    private String[] proxyArguments() throws IOException {
        return new String[] {"--proxy-server=" + proxy().address(), "--proxy-bypass-list=<-loopback>"};
    }

    private synchronized void warnUnguardedGridOnce() {
        if (!warnedUnguardedGrid) {
            warnedUnguardedGrid = true;
            LOG.warn("the browsers of Selenium Grid {} reach the network directly, past the crawl's address guard: "
                    + "give --browser-proxy ADDR:PORT (an address of this machine the Grid's nodes reach) to keep them behind it",
                    settings.grid().get());
        }
    }

    private synchronized GuardedProxy proxy() throws IOException {
        if (proxy == null) {
            proxy = settings.proxy().isPresent() ? GuardedProxy.start(guard, settings.proxy().get()) : GuardedProxy.start(guard);
            settings.proxy().ifPresent(p -> LOG.info("browser proxy listening on {} for the Grid's browsers", proxy.address()));
        }
        return proxy;
    }

    private static void quit(Browser b) {
        try {
            b.driver.quit();
        } catch (RuntimeException e) {
            LOG.debug("browser did not quit cleanly", e);
        }
        if (b.profile != null) { // a Grid node removes its sessions' profiles itself
            BrowserProfiles.killUsing(b.profile); // a Chromium still shutting down would keep writing its profile
            BrowserProfiles.delete(b.profile);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            Browser b;
            while ((b = idle.poll()) != null) {
                quit(b);
            }
            synchronized (this) {
                if (proxy != null) {
                    proxy.close();
                }
            }
        }
    }
}
