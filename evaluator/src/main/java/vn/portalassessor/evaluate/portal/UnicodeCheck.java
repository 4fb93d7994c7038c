package vn.portalassessor.evaluate.portal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;

/**
 * C3.28 Tiêu chuẩn kỹ thuật: Unicode text (TCVN 6909) and the domain-name rule of Decree 43/2011
 * Art. 6. Sub-item {@code ma-unicode}: every captured page is declared UTF-8 (HTTP header or
 * {@code <meta charset>}) and carries none of the legacy-encoding markers the criterion's
 * {@code exclude} hints list — TCVN3/VNI font names ({@code .VnTime}, {@code VNI-Times}) in font
 * faces and styles, or TCVN3 mojibake ("ViÖn") in the text. NFD text is still Unicode. Sub-item
 * {@code ten-mien}: the portal's host is under {@code .gov.vn}; a loopback or private address (tests,
 * the demo) cannot be judged and is left out, the verdict then resting on Unicode alone.
 */
public final class UnicodeCheck implements Check {

    private static final Evaluator CHARSET_META = QueryParser.parse("meta[charset], meta[http-equiv~=(?i)content-type]");
    private static final Evaluator FONTS = QueryParser.parse("[face], [style], style");
    private static final Pattern META_CHARSET = Pattern.compile("charset\\s{0,10}=\\s{0,10}[\"']?([\\w-]+)", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "unicode";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        List<Evidence> problems = new ArrayList<>();
        int checked = 0;
        String inputs = String.join("\u0001", criterion.hints().exclude());
        for (StoredPage page : site.pages()) {
            if (!site.onPortal(page.url())) {
                continue;
            }
            checked++;
            // a page without a problem is known from the run's readings; only one with a problem is read in full
            if (!site.finds(page, UnicodeCheck.class, inputs,
                    () -> charsetProblem(page).isPresent() || legacyMarker(page, criterion, site).isPresent())) {
                continue;
            }
            charsetProblem(page).ifPresent(c -> problems.add(site.evidence(page, null, "Bảng mã khai báo: " + c)));
            legacyMarker(page, criterion, site).ifPresent(problems::add);
            if (problems.size() >= 5) {
                break;
            }
        }
        if (checked == 0) {
            return Verdict.needsReview("Không có trang nào của cổng để kiểm tra bảng mã", List.of());
        }
        boolean unicode = problems.isEmpty();
        String unicodeText = unicode ? checked + " trang đều dùng Unicode UTF-8, không có phông chữ TCVN3/VNI"
                : "có trang không dùng Unicode: " + problems.get(0).snippet();
        String host = site.agency().portalUrl().getHost().toLowerCase(Locale.ROOT);
        if (!judgeableDomain(host)) {
            String note = "; tên miền " + host + " là địa chỉ nội bộ, không đánh giá quy tắc tên miền";
            return unicode ? Verdict.met("Có: " + unicodeText + note, charsetEvidence(site))
                    : Verdict.notMet("Không đạt: " + unicodeText + note, problems);
        }
        boolean gov = host.endsWith(LinksOutCheck.STATE_DOMAIN);
        return new SubItemTally(criterion)
                .mark("ma-unicode", unicode, unicodeText)
                .mark("ten-mien", gov, host)
                .evidence(problems.isEmpty() ? charsetEvidence(site).stream().findFirst().orElse(null) : problems.get(0))
                .verdict();
    }

    /** The home page's charset declaration, shown when every page is Unicode. */
    private static List<Evidence> charsetEvidence(SiteEvidence site) {
        return site.home().map(h -> {
            Element meta = h.document().selectFirst(CHARSET_META);
            return List.of(site.evidence(h, meta, meta == null ? "Content-Type: " + h.capture().contentType() : meta.outerHtml()));
        }).orElse(List.of());
    }

    private static Optional<String> charsetProblem(StoredPage page) {
        String declared = null;
        Matcher header = META_CHARSET.matcher(page.capture().contentType() == null ? "" : page.capture().contentType());
        if (header.find()) {
            declared = header.group(1);
        }
        Element meta = page.document().selectFirst(CHARSET_META);
        if (meta != null) {
            String value = meta.hasAttr("charset") ? "charset=" + meta.attr("charset") : meta.attr("content");
            Matcher m = META_CHARSET.matcher(value);
            if (m.find()) {
                declared = m.group(1);
            }
        }
        if (declared == null) {
            return Optional.empty();
        }
        String c = declared.toLowerCase(Locale.ROOT);
        return c.equals("utf-8") || c.equals("utf8") ? Optional.empty() : Optional.of(declared);
    }

    private static Optional<Evidence> legacyMarker(StoredPage page, Criterion criterion, SiteEvidence site) {
        for (Element e : page.document().select(FONTS)) {
            String fonts = e.attr("face") + " " + e.attr("style") + " " + (e.is("style") ? e.data() : "");
            for (String marker : criterion.hints().exclude()) {
                if (marker.startsWith(".") || marker.toUpperCase(Locale.ROOT).startsWith("VNI")) {
                    if (fonts.toLowerCase(Locale.ROOT).contains(marker.toLowerCase(Locale.ROOT))) {
                        return Optional.of(site.evidence(page, e, "Phông chữ cũ " + marker + ": " + e.text()));
                    }
                }
            }
        }
        String text = page.document().text();
        for (String marker : criterion.hints().exclude()) {
            if (!marker.startsWith(".") && !marker.toUpperCase(Locale.ROOT).startsWith("VNI") && text.contains(marker)) {
                int at = text.indexOf(marker);
                return Optional.of(site.evidence(page, null, "Chữ mã TCVN3: "
                        + text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 60))));
            }
        }
        return Optional.empty();
    }

    /** Loopback, private and link-local addresses and bare IP literals of them cannot carry a domain rule. */
    static boolean judgeableDomain(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return false;
        }
        if (!host.matches("[0-9.]+|\\[?[0-9a-f:]+]?")) {
            return true;
        }
        try {
            InetAddress a = InetAddress.getByName(host);
            return !(a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress());
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
