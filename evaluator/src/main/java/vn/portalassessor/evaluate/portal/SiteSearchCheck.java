package vn.portalassessor.evaluate.portal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Anchor;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;
import vn.portalassessor.evaluate.text.PageText;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * C3.22 Chức năng tìm kiếm: the site's own search form, actually used. The check takes a headline
 * from the portal (the text of a link to an article whose own heading repeats it), submits the
 * portal's search form with it, and looks for that article among the results. A search box whose
 * results page only echoes the query back does not count. The result page is fetched through the
 * crawler's {@link vn.portalassessor.crawl.PageSource}: live during a run, from the archive when
 * re-scoring.
 */
public final class SiteSearchCheck implements Check {

    private static final int MIN_HEADLINE_WORDS = 5;
    private static final int MAX_HEADLINE_WORDS = 25;

    /** A search form ready to submit. */
    record SearchForm(StoredPage page, Element form, URI action, String queryParam, List<String[]> fixedParams) {

        URI query(String text) {
            StringJoiner q = new StringJoiner("&");
            for (String[] p : fixedParams) {
                q.add(encode(p[0]) + "=" + encode(p[1]));
            }
            q.add(encode(queryParam) + "=" + encode(text));
            String base = action.toString();
            int hash = base.indexOf('#');
            base = hash < 0 ? base : base.substring(0, hash);
            return URI.create(base + (base.contains("?") ? "&" : "?") + q);
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    @Override
    public String name() {
        return "site-search";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<SearchForm> form = findForm(criterion, site);
        if (form.isEmpty()) {
            return Verdict.notMet("Không tìm thấy ô tìm kiếm trên cổng thông tin", List.of());
        }
        SearchForm f = form.get();
        Evidence formEvidence = site.evidence(f.page(), f.form(), "Ô tìm kiếm: " + f.form().text());
        Optional<Anchor> headline = headline(site);
        if (headline.isEmpty()) {
            return Verdict.needsReview("Có ô tìm kiếm nhưng không lấy được tiêu đề bài viết nào để thử", List.of(formEvidence));
        }
        String title = headline.get().text();
        URI probe = f.query(title);
        Optional<StoredPage> results = site.probes().page(probe);
        if (results.isEmpty()) {
            return site.probes().live()
                    ? Verdict.notMet("Tìm kiếm \"" + title + "\" không nhận được trang kết quả", List.of(formEvidence))
                    : Verdict.needsReview("Lưu trữ không có trang kết quả tìm kiếm \"" + title
                    + "\"; cần thu thập lại để thử chức năng tìm kiếm", List.of(formEvidence));
        }
        StoredPage page = results.get();
        if (page.capture().status() >= 400) {
            return Verdict.notMet("Tìm kiếm \"" + title + "\" trả về lỗi HTTP " + page.capture().status(),
                    List.of(formEvidence, site.evidence(page, null, "HTTP " + page.capture().status())));
        }
        Optional<Element> hit = findResult(site, page, headline.get());
        if (hit.isPresent()) {
            return Verdict.met("Tìm kiếm \"" + title + "\" trả về đúng bài viết",
                    List.of(site.evidence(page, hit.get(), hit.get().text()), formEvidence));
        }
        return Verdict.notMet("Tìm kiếm \"" + title + "\" (tiêu đề một bài viết có trên cổng) không trả về bài viết đó",
                List.of(site.evidence(page, null, site.model().mainText(page)), formEvidence));
    }

    /** A GET form with one text field, the one named for searching first, on the home page or any portal page. */
    static Optional<SearchForm> findForm(Criterion criterion, SiteEvidence site) {
        List<StoredPage> pages = new ArrayList<>();
        site.home().ifPresent(pages::add);
        site.pages().stream().filter(p -> site.onPortal(p.url())).forEach(pages::add);
        SearchForm fallback = null;
        for (StoredPage page : pages) {
            for (Element form : page.document().select("form")) {
                Optional<SearchForm> candidate = asSearchForm(page, form);
                if (candidate.isEmpty()) {
                    continue;
                }
                String described = form.attr("action") + " " + form.attr("id") + " " + form.attr("class") + " "
                        + form.select("input, button, label").eachAttr("placeholder") + " " + form.text() + " "
                        + form.select("input[type=submit], button").eachAttr("value") + " "
                        + form.select("input").eachAttr("title");
                boolean named = criterion.hints().keywords().stream().anyMatch(k -> site.model().containsPhrase(described, k))
                        || criterion.hints().slugs().stream().anyMatch(s -> VietnameseText.pathHasSlug(form.attr("action"), s));
                if (named) {
                    return candidate;
                }
                if (fallback == null) {
                    fallback = candidate.get();
                }
            }
        }
        if (fallback != null) {
            return Optional.of(fallback);
        }
        for (StoredPage page : pages) {
            Optional<SearchForm> nested = nestedSearchForm(page);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    /** A form start tag as the server wrote it, attributes bounded (read linearly on any page). */
    private static final java.util.regex.Pattern FORM_TAG = java.util.regex.Pattern.compile("<form\\b([^<>]{0,1000})>",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern TEXT_FIELD = java.util.regex.Pattern.compile("<input\\b([^<>]{0,1000})>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A search form nested in the page-wide form ASP.NET and DotNetNuke wrap every page in: browsers
     * (and the parser) drop the inner form tag, so it is read from the page as the server sent it — a
     * GET form with {@code role=search} or a search action, and its one named text field.
     */
    private static Optional<SearchForm> nestedSearchForm(StoredPage page) {
        String html = page.text();
        html = html.length() > 2_000_000 ? html.substring(0, 2_000_000) : html;
        java.util.regex.Matcher m = FORM_TAG.matcher(html);
        while (m.find()) {
            Element tag = org.jsoup.Jsoup.parseBodyFragment("<form " + m.group(1) + "></form>", page.url().toString())
                    .selectFirst("form");
            if (tag == null || (!tag.attr("method").isBlank() && !tag.attr("method").equalsIgnoreCase("get"))) {
                continue;
            }
            String described = (tag.attr("role") + " " + tag.attr("action") + " " + tag.className() + " " + tag.id())
                    .toLowerCase(Locale.ROOT);
            if (!described.contains("search") && !described.contains("tim-kiem") && !described.contains("timkiem")) {
                continue;
            }
            int end = html.indexOf("</form", m.end());
            java.util.regex.Matcher field = TEXT_FIELD.matcher(html.substring(m.end(), end < 0 ? Math.min(html.length(), m.end() + 5000) : end));
            while (field.find()) {
                Element input = org.jsoup.Jsoup.parseBodyFragment("<input " + field.group(1) + ">").selectFirst("input");
                String type = input == null ? "" : input.attr("type").toLowerCase(Locale.ROOT);
                if (input != null && !input.attr("name").isBlank() && (type.isEmpty() || type.equals("text") || type.equals("search"))) {
                    String action = tag.absUrl("action");
                    Element located = input.id().isBlank() ? null : page.document().getElementById(input.id());
                    try {
                        URI actionUri = URI.create(action.isBlank() ? page.url().toString() : action.replace(" ", "%20"));
                        return Optional.of(new SearchForm(page, located == null ? tag : located, actionUri, input.attr("name"),
                                List.of()));
                    } catch (IllegalArgumentException e) {
                        break;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<SearchForm> asSearchForm(StoredPage page, Element form) {
        if (!form.attr("method").isBlank() && !form.attr("method").equalsIgnoreCase("get")) {
            return Optional.empty();
        }
        List<Element> textFields = form.select("input[type=text], input[type=search], input:not([type])");
        textFields.removeIf(e -> e.attr("name").isBlank());
        if (textFields.size() != 1 || !form.select("input[type=password], input[type=file], textarea").isEmpty()) {
            return Optional.empty();
        }
        String action = form.absUrl("action");
        URI actionUri;
        try {
            actionUri = URI.create(action.isBlank() ? page.url().toString() : action.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<String[]> fixed = new ArrayList<>();
        for (Element hidden : form.select("input[type=hidden][name]")) {
            fixed.add(new String[] {hidden.attr("name"), hidden.attr("value")});
        }
        return Optional.of(new SearchForm(page, form, actionUri, textFields.get(0).attr("name"), fixed));
    }

    /** A link whose text is an article's headline: 5–25 words, leading to a portal page whose own name repeats it. */
    static Optional<Anchor> headline(SiteEvidence site) {
        List<Anchor> candidates = new ArrayList<>();
        List<StoredPage> sources = new ArrayList<>();
        site.home().ifPresent(sources::add);
        site.pages().stream().filter(p -> site.onPortal(p.url())).limit(50).forEach(sources::add);
        for (StoredPage page : sources) {
            for (Anchor a : site.links().from(page.url())) {
                int words = a.text().split("\\s+").length;
                if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS || !site.onPortal(a.target())) {
                    continue;
                }
                Optional<StoredPage> target = site.store().page(a.target()).filter(p -> p.capture().isHtmlPage());
                if (target.isPresent() && ownNames(site, target.get()).stream()
                        .anyMatch(name -> VietnameseText.fold(name).contains(VietnameseText.fold(a.text())))) {
                    candidates.add(a);
                }
            }
            if (!candidates.isEmpty()) {
                break;
            }
        }
        return candidates.stream().max(Comparator.comparingInt(a -> a.text().length()));
    }

    /**
     * What a page calls itself: its headings, its title less the site's name, its breadcrumb's last
     * item. An article whose headline is a styled {@code <div>} still names itself in its title and
     * breadcrumb.
     */
    private static List<String> ownNames(SiteEvidence site, StoredPage page) {
        List<String> names = new ArrayList<>(page.document().select("h1, h2, h3, .title").eachText());
        if (site.onPortal(page.url())) {
            names.add(site.model().ownTitle(page));
            site.model().breadcrumbName(page).ifPresent(names::add);
        }
        return names;
    }

    private static Optional<Element> findResult(SiteEvidence site, StoredPage results, Anchor article) {
        String wanted = VietnameseText.fold(article.text());
        String target = article.target().getPath().toLowerCase(Locale.ROOT);
        for (Element a : site.model().main(results).select("a[href]")) {
            String href = a.absUrl("href");
            boolean sameTarget = !href.isBlank() && URI.create(href.replace(" ", "%20")).getPath() != null
                    && URI.create(href.replace(" ", "%20")).getPath().toLowerCase(Locale.ROOT).equals(target);
            if (sameTarget || VietnameseText.fold(a.text()).contains(wanted)) {
                return Optional.ofNullable(results.document().selectFirst(a.cssSelector()));
            }
        }
        return Optional.empty();
    }
}
