package vn.portalassessor.crawl.render;

import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How browsers are started and used. Immutable; safe to share.
 *
 * @param browsers         browsers open at once (each ~400 MB); default 2
 * @param pagesPerBrowser  pages a browser serves before it is replaced (bounds leaks); default 50
 * @param pageTimeout      time a page may take to load before it is abandoned; default 30 s
 * @param chromeBinary     the chromium executable (Debian's real binary, not the /usr/bin wrapper)
 * @param chromedriver     the chromedriver executable
 * @param gridUrl          a Selenium Grid to use instead of local chromium, or null
 * @param windowWidth      viewport width in CSS pixels; default 1366
 * @param windowHeight     viewport height; default 900
 * @param proxyBinding     where the guarded proxy the browsers go through listens, and the address
 *                         browsers are told to use: for a Grid, an address of this machine its nodes
 *                         reach (port 0: any free one); null for a free port on 127.0.0.1, the default,
 *                         which only browsers on this machine can reach
 */
public record BrowserSettings(int browsers, int pagesPerBrowser, Duration pageTimeout, Path chromeBinary,
                              Path chromedriver, URL gridUrl, int windowWidth, int windowHeight,
                              InetSocketAddress proxyBinding) {

    /** Debian's chromium package puts the real browser here; /usr/bin/chromium is a wrapper script. */
    public static final Path DEBIAN_CHROMIUM = Path.of("/usr/lib/chromium/chromium");
    public static final Path DEBIAN_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    public BrowserSettings {
        if (browsers < 1) {
            throw new IllegalArgumentException("at least one browser is needed, not " + browsers);
        }
        if (pagesPerBrowser < 1) {
            throw new IllegalArgumentException("pages per browser must be at least 1, not " + pagesPerBrowser);
        }
        if (proxyBinding != null && proxyBinding.isUnresolved()) {
            throw new IllegalArgumentException("the browser proxy address " + proxyBinding.getHostString()
                    + " does not resolve to an address of this machine");
        }
        if (proxyBinding != null && proxyBinding.getAddress().isAnyLocalAddress()) {
            // browsers are told this address: a wildcard would tell them nothing they can connect to
            throw new IllegalArgumentException("the browser proxy needs the address Grid nodes reach this machine at, not "
                    + proxyBinding.getHostString() + " (e.g. 10.0.0.5:3128)");
        }
    }

    /** Local Debian chromium, two browsers, 50 pages each, 30 s per page, 1366×900. */
    public static BrowserSettings local() {
        Path binary = Files.isExecutable(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : Path.of("/usr/bin/chromium");
        return new BrowserSettings(2, 50, Duration.ofSeconds(30), binary, DEBIAN_CHROMEDRIVER, null, 1366, 900, null);
    }

    /** The same settings using a Selenium Grid. */
    public BrowserSettings withGrid(URL grid) {
        return new BrowserSettings(browsers, pagesPerBrowser, pageTimeout, chromeBinary, chromedriver, grid,
                windowWidth, windowHeight, proxyBinding);
    }

    /** The same settings with another pool size. */
    public BrowserSettings withBrowsers(int n) {
        return new BrowserSettings(n, pagesPerBrowser, pageTimeout, chromeBinary, chromedriver, gridUrl,
                windowWidth, windowHeight, proxyBinding);
    }

    /** The same settings with another page timeout. */
    public BrowserSettings withPageTimeout(Duration timeout) {
        return new BrowserSettings(browsers, pagesPerBrowser, timeout, chromeBinary, chromedriver, gridUrl,
                windowWidth, windowHeight, proxyBinding);
    }

    /** The same settings with another recycling bound. */
    public BrowserSettings withPagesPerBrowser(int n) {
        return new BrowserSettings(browsers, n, pageTimeout, chromeBinary, chromedriver, gridUrl, windowWidth,
                windowHeight, proxyBinding);
    }

    /**
     * The same settings with the guarded proxy bound at {@code binding}, an address of this machine
     * that a Grid's nodes reach; the Grid's browsers are then sent through it (and so stay behind the
     * crawl's address guard). Without it a Grid's browsers reach the network directly.
     */
    public BrowserSettings withProxyBinding(InetSocketAddress binding) {
        return new BrowserSettings(browsers, pagesPerBrowser, pageTimeout, chromeBinary, chromedriver, gridUrl,
                windowWidth, windowHeight, binding);
    }

    /** Where the guarded proxy is bound, when not on a free loopback port. */
    public Optional<InetSocketAddress> proxy() {
        return Optional.ofNullable(proxyBinding);
    }

    /** The Grid, when one is used. */
    public Optional<URL> grid() {
        return Optional.ofNullable(gridUrl);
    }

    /** Why local browsers cannot start here, or empty when chromium and chromedriver are installed. */
    public Optional<String> missingLocalBrowser() {
        if (gridUrl != null) {
            return Optional.empty();
        }
        if (!Files.isExecutable(chromeBinary)) {
            return Optional.of("chromium is not installed at " + chromeBinary + " (Debian: apt-get install chromium)");
        }
        if (!Files.isExecutable(chromedriver)) {
            return Optional.of("chromedriver is not installed at " + chromedriver + " (Debian: apt-get install chromium-driver)");
        }
        return Optional.empty();
    }
}
