package vn.portalassessor.evaluate.portal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;

/**
 * C3.27 Liên kết cổng đơn vị, cơ quan khác: links from the portal to the portals of subordinate units
 * and other agencies. A link counts when it leaves the agency's own sites (its portal and the online
 * service site the crawl followed) for a state domain ({@code .gov.vn}), or sits in a block headed by
 * one of the criterion's keywords ("Liên kết website"), or its text names an agency (the criterion's
 * content hints: "Cổng thông tin", "Sở", "UBND"...). Link lists in a {@code <select>} count too.
 */
public final class LinksOutCheck implements Check {

    static final String STATE_DOMAIN = ".gov.vn";
    private static final int CONTAINER_LEVELS = 4;

    @Override
    public String name() {
        return "links-out";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Set<String> own = site.store().captures().stream().map(Capture::url).map(LinksOutCheck::origin)
                .collect(Collectors.toSet());
        own.add(origin(site.agency().portalUrl()));
        site.agency().services().ifPresent(s -> own.add(origin(s)));
        Map<String, Evidence> portals = new LinkedHashMap<>();
        Map<Element, Boolean> headed = new java.util.IdentityHashMap<>();
        for (StoredPage page : site.pages()) {
            if (!site.onPortal(page.url())) {
                continue;
            }
            for (Element a : page.document().select("a[href], option[value~=^https?://]")) {
                String href = a.is("a") ? a.absUrl("href") : a.attr("value");
                URI target;
                try {
                    target = URI.create(href.strip().replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (target.getHost() == null || !target.getScheme().startsWith("http") || own.contains(origin(target))
                        || portals.containsKey(origin(target))) {
                    continue;
                }
                boolean state = target.getHost().toLowerCase(Locale.ROOT).endsWith(STATE_DOMAIN);
                boolean named = criterion.hints().content().stream().anyMatch(k -> site.model().containsPhrase(a.text(), k));
                if (state || named || underLinksHeading(a, criterion, headed, site)) {
                    portals.put(origin(target), site.evidence(page, a, a.text() + " → " + href));
                }
            }
        }
        if (portals.isEmpty()) {
            return Verdict.notMet("Không có liên kết tới cổng thông tin của đơn vị trực thuộc hoặc cơ quan khác", List.of());
        }
        List<Evidence> evidence = List.copyOf(portals.values());
        return Verdict.met("Có liên kết tới " + portals.size() + " cổng thông tin đơn vị, cơ quan khác (ví dụ: "
                + evidence.get(0).snippet() + ")", evidence.subList(0, Math.min(5, evidence.size())));
    }

    /**
     * Whether a heading naming a links box sits in one of the link's containers. Each container is
     * looked at once per check ({@code headed}), so a list of a hundred thousand links is read once.
     */
    private static boolean underLinksHeading(Element link, Criterion criterion, Map<Element, Boolean> headed,
                                             SiteEvidence site) {
        Element container = link.parent();
        for (int i = 0; i < CONTAINER_LEVELS && container != null; i++, container = container.parent()) {
            if (headed.computeIfAbsent(container, c -> namesLinks(c, criterion, site))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesLinks(Element container, Criterion criterion, SiteEvidence site) {
        for (Element h : container.select("h1, h2, h3, h4, h5, h6, strong, b, legend, caption, label, .title, option:first-child")) {
            if (h.text().split("\\s+").length <= 8
                    && criterion.hints().keywords().stream().anyMatch(k -> site.model().containsPhrase(h.text(), k))) {
                return true;
            }
        }
        return false;
    }

    static String origin(URI url) {
        return (url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT)) + "://"
                + (url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT)) + ":" + url.getPort();
    }
}
