package vn.portalassessor.evaluate.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;

/**
 * C3.30 Truy cập trên thiết bị di động: the home page declares a responsive viewport,
 * {@code <meta name="viewport" content="width=device-width, ...">} in any attribute order. A fixed-width
 * viewport ({@code width=980}) or none at all does not count; a viewport that forbids zooming is
 * reported. Weight 0 in the 2016 default (a later rule), judged anyway.
 */
public final class MobileCheck implements Check {

    @Override
    public String name() {
        return "mobile";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<StoredPage> home = site.home();
        if (home.isEmpty()) {
            return Verdict.needsReview("Không đọc được trang chủ để kiểm tra khai báo viewport", List.of());
        }
        Element viewport = home.get().document().selectFirst("meta[name~=(?i)^viewport$]");
        if (viewport == null) {
            return Verdict.notMet("Trang chủ không khai báo viewport cho thiết bị di động (bố cục cố định)",
                    List.of(site.evidence(home.get(), null, "Không có <meta name=\"viewport\">")));
        }
        String content = viewport.attr("content").toLowerCase(Locale.ROOT).replace(" ", "");
        var evidence = List.of(site.evidence(home.get(), viewport, viewport.outerHtml()));
        if (!content.contains("width=device-width")) {
            return Verdict.notMet("Viewport của trang chủ có chiều rộng cố định (" + viewport.attr("content") + ")", evidence);
        }
        boolean noZoom = content.contains("user-scalable=no") || content.contains("maximum-scale=1,") || content.endsWith("maximum-scale=1");
        return Verdict.met("Trang chủ khai báo viewport co giãn theo thiết bị (" + viewport.attr("content") + ")"
                + (noZoom ? "; lưu ý: không cho phóng to" : ""), evidence);
    }
}
