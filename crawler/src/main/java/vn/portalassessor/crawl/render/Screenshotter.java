package vn.portalassessor.crawl.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.remote.Augmenter;

/**
 * Takes the full-page screenshot that backs a verdict: the page as a browser shows it, the matched
 * element outlined in red, and a margin above the page stamped with the URL and the capture time, so
 * a printed or forwarded image still says what it shows and when. Uses Chromium's DevTools
 * {@code Page.captureScreenshot} with {@code captureBeyondViewport} (one image, not stitched
 * viewports); pages taller than {@link #maxHeightPx()} are cut there and the stamp says so.
 *
 * <p>Browsers come from a {@link BrowserPool}, which recycles them and abandons a page that hangs
 * ({@link PageTimeoutException}); callers record that and move on. Thread-safe as the pool is.
 */
public final class Screenshotter {

    /** Default cut for very tall pages, in CSS pixels: about 10 screens; a 17,500 px capture costs 2.7 s and 4.5 MB. */
    public static final int DEFAULT_MAX_HEIGHT_PX = 10_000;

    private static final int MARGIN_PX = 46;
    private static final Color OUTLINE = new Color(0xE3, 0x00, 0x1B);
    private static final DateTimeFormatter STAMP_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** Outlines the first element matching the selector, keeping its own style to restore; answers whether one was found. */
    private static final String OUTLINE_SCRIPT = """
            var el = null;
            try { el = document.querySelector(arguments[0]); } catch (e) { return false; }
            if (!el) { return false; }
            window.__assessorOutlined = {el: el, saved: ['outline', 'outline-offset'].map(function (p) {
              return [p, el.style.getPropertyValue(p), el.style.getPropertyPriority(p)]; })};
            el.style.setProperty('outline', '4px solid #e3001b', 'important');
            el.style.setProperty('outline-offset', '2px', 'important');
            return true;
            """;

    /** Gives the outlined element its own style back, before the next element of the same page is outlined. */
    private static final String RESTORE_SCRIPT = """
            var o = window.__assessorOutlined;
            if (!o) { return; }
            o.saved.forEach(function (s) {
              if (s[1]) { o.el.style.setProperty(s[0], s[1], s[2]); } else { o.el.style.removeProperty(s[0]); } });
            window.__assessorOutlined = null;
            """;

    private final BrowserPool pool;
    private final int maxHeightPx;

    /**
     * @param pool        the browsers to use; not closed by this class
     * @param maxHeightPx height in CSS pixels beyond which a page is cut; default {@link #DEFAULT_MAX_HEIGHT_PX}
     */
    public Screenshotter(BrowserPool pool, int maxHeightPx) {
        if (maxHeightPx < 100) {
            throw new IllegalArgumentException("a screenshot needs at least 100 px of height, not " + maxHeightPx);
        }
        this.pool = pool;
        this.maxHeightPx = maxHeightPx;
    }

    public Screenshotter(BrowserPool pool) {
        this(pool, DEFAULT_MAX_HEIGHT_PX);
    }

    public int maxHeightPx() {
        return maxHeightPx;
    }

    /**
     * A finished screenshot.
     *
     * @param png        the PNG, margin included
     * @param capturedAt when the page was captured (stamped in the margin)
     * @param outlined   whether the selector matched an element, which is outlined
     * @param cut        whether the page was taller than the cap and cut there
     * @param pageHeight the page's full height in CSS pixels
     * @param took       time from asking for the page to having the PNG; shots of one page load share it equally
     */
    public record Shot(byte[] png, Instant capturedAt, boolean outlined, boolean cut, int pageHeight, Duration took) {
    }

    /**
     * Loads {@code url}, outlines the element matching {@code selector} (when not null), and captures
     * the whole page.
     *
     * @throws PageTimeoutException when the page does not load within the pool's page timeout
     * @throws IOException          when the browser fails or the image cannot be made
     */
    public Shot capture(URI url, String selector) throws PageTimeoutException, IOException {
        return captureEach(url, Collections.singletonList(selector)).get(0);
    }

    /**
     * Loads {@code url} once and takes one screenshot per selector, each with only its own element
     * outlined (a null selector outlines nothing). Cheaper than loading the page for every piece of
     * evidence it backs.
     *
     * @return the shots, in the selectors' order
     */
    public List<Shot> captureEach(URI url, List<String> selectors) throws PageTimeoutException, IOException {
        if (selectors.isEmpty()) {
            return List.of();
        }
        long start = System.nanoTime();
        List<Raw> raws = pool.withPage(url, driver -> {
            List<Raw> taken = new ArrayList<>();
            for (String selector : selectors) {
                taken.add(shoot(driver, selector));
                ((JavascriptExecutor) driver).executeScript(RESTORE_SCRIPT);
            }
            return taken;
        });
        List<Shot> shots = new ArrayList<>();
        for (Raw raw : raws) {
            byte[] png = stamp(raw.png(), url, raw.capturedAt(), raw.outlined(), raw.cut(), raw.pageHeight());
            shots.add(new Shot(png, raw.capturedAt(), raw.outlined(), raw.cut(), raw.pageHeight(), Duration.ZERO));
        }
        Duration share = Duration.ofNanos((System.nanoTime() - start) / shots.size());
        return shots.stream().map(s -> new Shot(s.png(), s.capturedAt(), s.outlined(), s.cut(), s.pageHeight(), share))
                .toList();
    }

    private record Raw(byte[] png, Instant capturedAt, boolean outlined, boolean cut, int pageHeight) {
    }

    private Raw shoot(WebDriver driver, String selector) {
        boolean outlined = false;
        if (selector != null && !selector.isBlank()) {
            outlined = Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(OUTLINE_SCRIPT, selector));
        }
        WebDriver cdpCapable = driver instanceof HasCdp ? driver : augment(driver);
        if (cdpCapable instanceof HasCdp cdp) {
            Map<String, Object> metrics = cdp.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.getOrDefault("cssContentSize",
                    metrics.get("contentSize"));
            int width = (int) Math.ceil(((Number) size.get("width")).doubleValue());
            int height = (int) Math.ceil(((Number) size.get("height")).doubleValue());
            int viewportWidth = pool.settings().windowWidth();
            int clipWidth = Math.max(1, Math.min(width, viewportWidth * 2));
            int clipHeight = Math.max(1, Math.min(height, maxHeightPx));
            Instant at = Instant.now();
            Map<String, Object> shot = cdp.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png",
                    "captureBeyondViewport", true,
                    "optimizeForSpeed", true,
                    "clip", Map.of("x", 0, "y", 0, "width", clipWidth, "height", clipHeight, "scale", 1)));
            return new Raw(Base64.getDecoder().decode((String) shot.get("data")), at, outlined, height > maxHeightPx,
                    height);
        }
        // A driver without DevTools (an unusual Grid node): the viewport only, said in the stamp as cut.
        Instant at = Instant.now();
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Number h = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0);");
        int height = h == null ? 0 : h.intValue();
        return new Raw(png, at, outlined, height > pool.settings().windowHeight(), height);
    }

    private static WebDriver augment(WebDriver driver) {
        try {
            return new Augmenter().augment(driver);
        } catch (WebDriverException | IllegalStateException e) {
            return driver;
        }
    }

    /** Adds the margin with the URL and capture time above the page image. */
    static byte[] stamp(byte[] png, URI url, Instant capturedAt, boolean outlined, boolean cut, int pageHeight)
            throws IOException {
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(png));
        if (page == null) {
            throw new IOException("the browser's screenshot of " + url + " is not a readable PNG");
        }
        int width = Math.max(page.getWidth(), 600);
        BufferedImage out = new BufferedImage(width, page.getHeight() + MARGIN_PX, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xEE, 0xF1, 0xF4));
            g.fillRect(0, 0, width, MARGIN_PX);
            g.setColor(Color.WHITE);
            g.fillRect(0, MARGIN_PX, width, page.getHeight());
            g.drawImage(page, 0, MARGIN_PX, null);
            g.setColor(OUTLINE);
            g.setStroke(new BasicStroke(1));
            g.drawLine(0, MARGIN_PX - 1, width, MARGIN_PX - 1);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.setColor(new Color(0x1D, 0x23, 0x2A));
            List<String> parts = stampParts(url, capturedAt, outlined, cut, pageHeight);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(fit(parts.get(0), fm, width - 16), 8, 4 + fm.getAscent());
            g.drawString(fit(String.join("  ·  ", parts.subList(1, parts.size())), fm, width - 16), 8,
                    4 + fm.getHeight() + fm.getAscent());
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(png.length + 8192);
        ImageIO.write(out, "png", bytes);
        return bytes.toByteArray();
    }

    /** The stamp's text: the URL on the first line, then the capture time and what the outline means. */
    static List<String> stampParts(URI url, Instant capturedAt, boolean outlined, boolean cut, int pageHeight) {
        String time = "Chụp lúc " + STAMP_TIME.format(capturedAt);
        String element = outlined ? "khung đỏ: phần tử làm bằng chứng" : "không định vị được phần tử";
        if (cut) {
            return List.of(url.toString(), time, element, "trang cao " + pageHeight + " px, ảnh bị cắt");
        }
        return List.of(url.toString(), time, element);
    }

    private static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 10 && fm.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }
}
