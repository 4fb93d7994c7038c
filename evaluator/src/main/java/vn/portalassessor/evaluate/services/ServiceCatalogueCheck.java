package vn.portalassessor.evaluate.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.Hints;
import vn.portalassessor.criteria.SubItem;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.SectionFinder;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.reading.PageReading;
import vn.portalassessor.evaluate.text.PageText;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * C4.01 Danh mục dịch vụ công trực tuyến: a catalogue listing services with the level each is
 * declared at. A catalogue page is one named by the criterion's hints or one that lists at least
 * {@value #MIN_SERVICES} links next to level labels (the hints' content words followed by a level
 * 1–4: "Mức độ 3", "Mức 4"; or a level wording as a whole cell: "Toàn trình", "Một phần"). A catalogue with levels meets the criterion; one without levels earns
 * the {@code danh-muc} sub-item's share; one with levels that is not arranged by sector (no column,
 * group or filter named by the {@code linh-vuc} sub-item's words, "Lĩnh vực") loses that sub-item's
 * share (methodology §8: levels but not by sector is PARTIAL). The explanation adds how many services the catalogue lists over all its pages
 * (from the service survey) and says when it pages only by script.
 */
public final class ServiceCatalogueCheck implements Check {

    static final int MIN_SERVICES = 3;
    static final String LIST_SUB_ITEM = "danh-muc";
    static final String SECTOR_SUB_ITEM = "linh-vuc";
    private static final String SECTOR_HOLDERS = "th, caption, h2, h3, h4, h5, legend, label, option, dt, strong, b, td";
    private static final int MAX_SECTOR_CHARS = 80;

    @Override
    public String name() {
        return "service-catalogue";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<String> down = ServiceSurvey.of(site).unreachable();
        if (down.isPresent()) {
            return Verdict.unreachable(down.get());
        }
        LevelLabels level = LevelLabels.of(criterion.hints());
        Optional<StoredPage> withLevels = Optional.empty();
        int most = 0;
        for (StoredPage p : site.pages()) {
            // the most level labels, then the shallowest; the first page of a tie
            // how each page reads alone is kept with the run: only a page that may be the catalogue is parsed
            PageReading.Alone alone = site.model().alone(p);
            if (alone.placeholder() || alone.links() < MIN_SERVICES) {
                continue;
            }
            int labels = level.in(PageText.main(p.document())).size();
            if (labels >= MIN_SERVICES && (withLevels.isEmpty() || labels > most
                    || labels == most && p.capture().depth() < withLevels.get().capture().depth())) {
                withLevels = Optional.of(p);
                most = labels;
            }
        }
        if (withLevels.isPresent()) {
            StoredPage page = withLevels.get();
            Element first = firstLabel(page, level);
            String levels = levelCounts(page, level);
            ServiceSurvey survey = ServiceSurvey.of(site);
            String whole = survey.listed() > 0 ? "; tổng cộng " + survey.listed() + " dịch vụ được liệt kê" : "";
            Optional<SubItem> bySector = subItem(criterion, SECTOR_SUB_ITEM);
            Optional<Element> sector = bySector.flatMap(s -> sector(page, survey, s.hints()));
            String found = "Có danh mục dịch vụ công trực tuyến ghi mức độ từng dịch vụ (trang " + page.url().getPath()
                    + ": " + levels + ")";
            List<vn.portalassessor.evaluate.Evidence> evidence = List.of(site.evidence(page, first, first == null ? levels : first.text()));
            if (bySector.isPresent() && sector.isEmpty()) {
                double share = (criterion.maxPoints() - bySector.get().points()) / Math.max(criterion.maxPoints(), 1e-9);
                return Verdict.share(share, found + " nhưng không phân theo lĩnh vực" + whole + ServiceChecks.notes(survey),
                        evidence);
            }
            return Verdict.met(found + sector.map(e -> ", theo lĩnh vực (\"" + e.text() + "\")").orElse("") + whole
                    + ServiceChecks.notes(survey), evidence);
        }
        Optional<SectionFinder.Match> named = new SectionFinder(site).find(new Hints(criterion.hints().keywords(),
                        criterion.hints().slugs(), List.of(), List.of()), site.pages())
                .filter(m -> !m.placeholder())
                .filter(m -> site.model().alone(m.page()).links() >= MIN_SERVICES);
        if (named.isPresent()) {
            boolean bySector = subItem(criterion, SECTOR_SUB_ITEM)
                    .flatMap(s -> sector(named.get().page(), ServiceSurvey.of(site), s.hints())).isPresent();
            double share = criterion.subItems().stream()
                    .filter(s -> s.id().equals(LIST_SUB_ITEM) || bySector && s.id().equals(SECTOR_SUB_ITEM))
                    .mapToDouble(SubItem::points).sum() / Math.max(criterion.maxPoints(), 1e-9);
            return Verdict.share(share, "Có danh mục \"" + named.get().label() + "\" nhưng không ghi mức độ của dịch vụ",
                    List.of(site.evidence(named.get().page(), named.get().heading().orElse(null), named.get().label())));
        }
        return Verdict.notMet("Không tìm thấy danh mục dịch vụ công trực tuyến", List.of());
    }

    private static Optional<SubItem> subItem(Criterion criterion, String id) {
        return criterion.subItems().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The element saying the catalogue is arranged by sector: on the catalogue page or another page of the
     * catalogue, a column head, group heading, filter or label of the main content that begins with one of
     * the sub-item's words ("Lĩnh vực: Đất đai", a "Lĩnh vực" column, "1. Lĩnh vực Hộ tịch").
     */
    private static Optional<Element> sector(StoredPage page, ServiceSurvey survey, Hints hints) {
        List<StoredPage> pages = new ArrayList<>();
        pages.add(page);
        survey.cataloguePages().stream().filter(p -> !p.url().equals(page.url())).forEach(pages::add);
        for (StoredPage p : pages) {
            for (Element e : p.document().select(SECTOR_HOLDERS)) {
                if (ServicePageReader.inChrome(e)) {
                    continue;
                }
                String text = e.text().replaceFirst("^\\s*(?:(?:[0-9]+|[IVXLC]+|[A-Za-z])\\s*[.)\\-–:]\\s*)?", "").strip();
                if (text.isEmpty() || text.length() > MAX_SECTOR_CHARS) {
                    continue;
                }
                String folded = VietnameseText.fold(text) + " ";
                if (hints.keywords().stream().map(VietnameseText::fold).anyMatch(k -> !k.isEmpty() && folded.startsWith(k + " "))) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private static String levelCounts(StoredPage page, LevelLabels level) {
        int[] counts = new int[5];
        level.in(PageText.main(page.document())).forEach(l -> counts[l]++);
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            if (counts[i] > 0) {
                parts.add(counts[i] + " dịch vụ mức " + i);
            }
        }
        return String.join(", ", parts);
    }

    private static Element firstLabel(StoredPage page, LevelLabels level) {
        for (Element e : PageText.main(page.document()).getAllElements()) {
            if (!level.numbered(e.ownText()).isEmpty() || e.childrenSize() == 0 && level.worded(e.text()).isPresent()) {
                return page.document().selectFirst(e.cssSelector());
            }
        }
        return null;
    }
}
