package vn.portalassessor.evaluate.services;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.portalassessor.crawl.fetch.ChallengeDetector;
import vn.portalassessor.crawl.fetch.FetchedResponse;
import vn.portalassessor.crawl.store.Capture;
import vn.portalassessor.evaluate.SiteEvidence;

/**
 * Whether an agency's online-service site could be reached at all (methodology §8: every criterion that
 * depends on a services site that cannot be reached is UNREACHABLE, never NOT_MET). The services sites
 * are the declared services URL's host and every other host the crawl was sent to off the portal (a
 * services site found from the portal's links). A site is unreachable when none of its answers is a
 * page — no answer (DNS failure, refused connection, timeout), only errors, or only a bot wall. An
 * agency with no services site at all, or one whose site answered with pages, is reachable: whether it
 * offers services is then for the checks to judge. Stateless.
 */
final class ServiceSiteReach {

    /** Failures of the network itself, the most telling reason to give. */
    private static final java.util.Set<String> NETWORK = java.util.Set.of("DNS", "REFUSED", "TIMEOUT", "TLS");

    private ServiceSiteReach() {
    }

    /** Why the agency's services site could not be reached, or empty when it was (or there is none). */
    static Optional<String> unreachable(SiteEvidence site) {
        Map<String, List<Capture>> byHost = new LinkedHashMap<>();
        site.agency().services().map(ServiceSiteReach::authority).ifPresent(h -> byHost.put(h, new ArrayList<>()));
        for (Capture c : site.store().captures()) {
            if (c.url().getAuthority() == null || site.onPortal(c.url())) {
                continue;
            }
            byHost.computeIfAbsent(authority(c.url()), h -> new ArrayList<>()).add(c);
        }
        byHost.remove(authority(site.agency().portalUrl()));
        if (byHost.isEmpty()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        for (Map.Entry<String, List<Capture>> host : byHost.entrySet()) {
            if (host.getValue().stream().anyMatch(c -> page(site, c))) {
                return Optional.empty();
            }
            reasons.add(host.getKey() + " " + why(site, host.getValue()));
        }
        return Optional.of("Không đánh giá được: cổng dịch vụ công " + String.join("; ", reasons));
    }

    private static boolean page(SiteEvidence site, Capture c) {
        return c.isHtmlPage() && !robots(c) && !wall(site, c);
    }

    private static boolean robots(Capture c) {
        return "/robots.txt".equals(c.url().getPath());
    }

    private static String why(SiteEvidence site, List<Capture> captures) {
        List<Capture> tried = captures.stream().filter(c -> !robots(c) || !c.failure().isEmpty()).toList();
        if (tried.isEmpty()) {
            return "không thu thập được trang nào";
        }
        for (Capture c : tried) {
            if (c.answered() && wall(site, c)) {
                return "chặn truy cập tự động (trang kiểm tra bot, HTTP " + c.status() + ")";
            }
        }
        for (Capture c : tried) {
            if (NETWORK.contains(c.failure())) {
                return "không truy cập được (" + describe(c.failure()) + (c.detail().isBlank() ? "" : ": " + c.detail()) + ")";
            }
        }
        for (Capture c : tried) {
            if (!c.failure().isEmpty()) {
                return "không truy cập được (" + describe(c.failure()) + (c.detail().isBlank() ? "" : ": " + c.detail()) + ")";
            }
        }
        Capture first = tried.get(0);
        return "không trả về trang nào (HTTP " + first.status() + ")";
    }

    private static String describe(String failure) {
        return switch (failure) {
            case "DNS" -> "không phân giải được tên miền";
            case "REFUSED" -> "máy chủ từ chối kết nối";
            case "TIMEOUT" -> "hết thời gian chờ";
            case "TLS" -> "lỗi chứng chỉ/TLS";
            case "ROBOTS_UNAVAILABLE" -> "không đọc được robots.txt";
            case "ROBOTS_DISALLOWED" -> "robots.txt cấm thu thập";
            case "HOST_STOPPED" -> "dừng sau nhiều lỗi liên tiếp";
            default -> failure;
        };
    }

    /** A bot challenge or access wall, judged as the crawler judges the portal's home page. */
    private static boolean wall(SiteEvidence site, Capture c) {
        if (!c.answered()) {
            return false;
        }
        return site.store().page(c.url()).map(p -> ChallengeDetector.isWall(new FetchedResponse(c.url(), c.fetchedAt(),
                c.status(), "", "", List.of(), List.of(), p.body(), c.truncated(), c.remoteAddress(), "")))
                .orElse(false);
    }

    private static String authority(URI url) {
        return url.getAuthority() == null ? "" : url.getAuthority().toLowerCase(Locale.ROOT);
    }
}
