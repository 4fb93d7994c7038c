package vn.portalassessor.evaluate.services;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import vn.portalassessor.evaluate.text.FoldedText;
import vn.portalassessor.evaluate.text.PageText;
import vn.portalassessor.evaluate.text.VietnameseText;

/**
 * Reads what a service's pages say and offer, by the methodology's words: which level-1 field labels a
 * page shows, the level it declares, the links to its form, its online submission and its payment,
 * and whether a page a link leads to offers a way in (a form to fill in, an upload, a login step) or
 * a way to pay. Links in the site's chrome (menus, header, footer) are not the service's own.
 * Stateless apart from its vocabulary; safe to share.
 */
final class ServicePageReader {

    /** A link to a file by its extension. */
    static final Pattern DOCUMENT = Pattern.compile("\\.(docx?|pdf|xlsx?|odt|ods|rtf|zip|rar)$");

    private static final String LABELS = "h1, h2, h3, h4, h5, h6, th, dt, td, label, strong, b, caption, legend, "
            + "span.field-label, .field-label, .views-label";
    /** Elements a level label sits in; only small ones (at most two children) are read. */
    private static final String LEVEL_HOLDERS = "p, span, div, dd, dt, td, th, li, b, strong, em, label, h1, h2, h3, h4, h5, h6";
    private static final Evaluator CHROME = QueryParser.parse(
            "nav, header, footer, [role=navigation], [role=banner], [role=contentinfo]");
    private static final Pattern CHROME_NAME = Pattern.compile("(?i)(^|[-_ ])(menu|nav|navigation|navbar|footer|topnav|sidebar)([-_ ]|$)");
    /** Elements a payment step or statement sits in. */
    private static final String STEP_HOLDERS = "legend, label, h2, h3, h4, h5, h6, li, p, span, strong, b, button, option, td, th, dd, "
            + "div:not(:has(div, p, li, table, ul))";
    private static final int MAX_STEP_CHARS = 300;
    /** A row this short with a bare "không" in it says no ("Thanh toán trực tuyến: Không"). */
    private static final int MAX_NEGATED_ROW_CHARS = 60;
    private static final int MAX_EXTRA_LABEL_WORDS = 6;
    private static final int MAX_LEVEL_ELEMENT_CHARS = 60;
    private static final Set<String> VISIBLE_INPUTS = Set.of("text", "email", "tel", "number", "date", "file",
            "password", "");

    private final ServiceVocabulary words;
    private final Function<String, FoldedText> folding;

    /** A reader folding each text for the call (tests of one page). */
    ServicePageReader(ServiceVocabulary words) {
        this(words, FoldedText::of);
    }

    /** A reader matching through {@code folding}: the agency's {@link vn.portalassessor.evaluate.site.SiteModel#folded}. */
    ServicePageReader(ServiceVocabulary words, Function<String, FoldedText> folding) {
        this.words = words;
        this.folding = folding;
    }

    /** The level-1 fields whose label the page shows, by field name, with the label element. */
    Map<String, Element> fields(Document page) {
        Map<String, Element> found = new LinkedHashMap<>();
        Element body = page.body();
        if (body == null) {
            return found;
        }
        for (Element e : body.select(LABELS)) {
            // folded through the agency's memo: a form's labels and the vocabulary recur on every service page
            String text = folding.apply(e.text()).folded();
            if (text.isEmpty() || inChrome(e)) {
                continue;
            }
            List<String> label = List.of(text.split(" "));
            for (ServiceVocabulary.Field f : words.fields()) {
                if (found.containsKey(f.name())) {
                    continue;
                }
                for (String variant : f.variants()) {
                    List<String> w = List.of(folding.apply(variant).folded().split(" "));
                    if (label.size() <= w.size() + MAX_EXTRA_LABEL_WORDS && new HashSet<>(label).containsAll(w)) {
                        found.put(f.name(), e);
                        break;
                    }
                }
            }
        }
        return found;
    }

    /**
     * The level the page declares and the element saying it: the first short element with a level label
     * ("Mức độ 4", "Cấp độ 3") or a level wording as its whole text ("Toàn trình").
     */
    Optional<Declared> declaredLevel(Document page) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        for (Element e : body.select(LEVEL_HOLDERS)) {
            if (e.childrenSize() > 2) {
                continue;
            }
            String own = nfc(e.text());
            if (own.length() > MAX_LEVEL_ELEMENT_CHARS || inChrome(e) || e.tagName().equals("a")) {
                continue;
            }
            Optional<Integer> level = words.levels().declared(own);
            if (level.isPresent() && e.children().stream().noneMatch(c -> words.levels().declared(nfc(c.text())).isPresent())) {
                return Optional.of(new Declared(level.get(), own, e));
            }
        }
        return Optional.empty();
    }

    /** A declared level with the text and element that declare it. */
    record Declared(int level, String text, Element element) {
    }

    /**
     * Links offering the service's form: those named as a form ("Tải mẫu đơn"); when none is, links to
     * a document file (.doc, .pdf...). Links to the same file count once.
     */
    List<Link> formLinks(Document page) {
        List<Link> named = new ArrayList<>();
        List<Link> files = new ArrayList<>();
        for (Link l : ownLinks(page)) {
            String path = l.url().getPath() == null ? "" : l.url().getPath().toLowerCase(Locale.ROOT);
            if (named(l.text(), words.formWords()) && !named(l.text(), words.submitWords())
                    && !named(l.text(), words.paymentWords())) {
                named.add(l);
            } else if (DOCUMENT.matcher(path).find()) {
                files.add(l);
            }
        }
        return distinct(named.isEmpty() ? files : named);
    }

    /** Links to the service's online submission. */
    List<Link> submitLinks(Document page) {
        return distinct(ownLinks(page).stream()
                .filter(l -> named(l.text(), words.submitWords()) && !named(l.text(), words.paymentWords()))
                .filter(l -> !DOCUMENT.matcher(l.url().getPath() == null ? "" : l.url().getPath().toLowerCase(Locale.ROOT)).find())
                .toList());
    }

    /**
     * Links to the service's online payment: named by a payment word or provider (text, title, image alt
     * or file name), not disabled and not saying the payment is unavailable ("chưa hỗ trợ").
     */
    List<Link> paymentLinks(Document page) {
        return distinct(ownLinks(page).stream()
                .filter(l -> named(l.text(), words.allPaymentWords()) && !negated(l.text()) && !disabled(l.element()))
                .toList());
    }

    /**
     * What a submission page offers: "tải tệp" (a file upload), "đăng nhập" (a login step: a password
     * field, or a login page of a shared account — "Đăng nhập bằng tài khoản Cổng dịch vụ công quốc
     * gia" — with its button), "biểu mẫu" (a form of at least two fields with a submit button), or
     * empty when it offers no way in.
     */
    Optional<String> entry(Document page) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        if (!body.select("input[type=file]").isEmpty()) {
            return Optional.of("có ô tải tệp hồ sơ lên");
        }
        if (!body.select("input[type=password]").isEmpty()) {
            return Optional.of("có bước đăng nhập để nộp hồ sơ");
        }
        if (visibleFields(body) >= 2 && hasSubmit(body)) {
            return Optional.of("có biểu mẫu khai hồ sơ trực tuyến");
        }
        if (!words.loginWords().isEmpty() && !placeholder(page)) {
            boolean loginPage = body.select("h1, h2").stream().filter(h -> !inChrome(h))
                    .anyMatch(h -> named(h.text(), words.loginWords())) || named(page.title(), words.loginWords());
            boolean loginButton = body.select("button, input[type=submit], input[type=button], a[href]").stream()
                    .filter(b -> !inChrome(b))
                    .anyMatch(b -> named(b.is("input") ? b.attr("value") : linkText(b), words.loginWords()));
            if (loginPage && loginButton) {
                return Optional.of("có bước đăng nhập bằng tài khoản dùng chung để nộp hồ sơ");
            }
        }
        return Optional.empty();
    }

    /**
     * A form on the service's own page that takes the application: posted, outside the chrome, with a
     * file upload, or with at least two fields and a button named as a submission ("Nộp hồ sơ").
     */
    Optional<String> ownSubmissionForm(Document page) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        for (Element form : body.select("form")) {
            if (inChrome(form) || !form.select("input[type=password]").isEmpty()
                    || !"post".equalsIgnoreCase(form.attr("method"))) {
                continue;
            }
            if (!form.select("input[type=file]").isEmpty()) {
                return Optional.of("trang dịch vụ có biểu mẫu nộp hồ sơ kèm ô tải tệp");
            }
            boolean named = form.select("button, input[type=submit]").stream()
                    .anyMatch(b -> named(b.is("input") ? b.attr("value") : b.text(), words.submitWords()));
            if (named && visibleFields(form) >= 2) {
                return Optional.of("trang dịch vụ có biểu mẫu nộp hồ sơ trực tuyến");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a page is a payment step: it names the payment and offers a field, a choice or a button to
     * pay with; or it names an online payment ("Internet Banking", "VNPT Pay") and lists the providers
     * to choose from.
     */
    boolean payment(Document page) {
        Element body = page.body();
        if (body == null) {
            return false;
        }
        String text = PageText.mainText(page) + " " + body.select("h1, h2, legend, label, button, input[type=submit]").eachText();
        return named(text, words.allPaymentWords()) && wayToPay(body)
                || named(text, words.paymentWords()) && !negated(PageText.mainText(page)) && choices(page);
    }

    /** A page that offers a choice of at least two providers as links in a list ("chọn ngân hàng": Vietcombank, BIDV). */
    private static boolean choices(Document page) {
        return PageText.main(page).select("li > a[href], td > a[href]").stream().filter(a -> !inChrome(a)).count() >= 2;
    }

    /**
     * A payment step in a submission flow, or a payment offered on a service page: an element outside the
     * chrome, not disabled and no link, whose text says the payment is made online (a provider, a
     * gateway, "thanh toán trực tuyến") and whose row does not say it is unavailable; or a block naming
     * the payment ("Bước 4: Thanh toán phí, lệ phí") that offers a way to pay. The element's text, or empty.
     */
    Optional<String> paymentStep(Document page) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        for (Element e : body.select(STEP_HOLDERS)) {
            if (inChrome(e) || disabled(e) || e.closest("a") != null) {
                continue;
            }
            String text = e.text();
            if (text.isBlank() || text.length() > MAX_STEP_CHARS || negated(rowText(e))) {
                continue;
            }
            if (named(text, words.paymentWords())) {
                return Optional.of(text.strip());
            }
            Element block = e.closest("fieldset, section, li, tr, div, form");
            if (named(text, words.paymentPage()) && block != null && !block.is("body")
                    && block.text().length() <= MAX_STEP_CHARS * 2 && wayToPay(block)) {
                return Optional.of(text.strip());
            }
        }
        return Optional.empty();
    }

    private boolean wayToPay(Element scope) {
        boolean fields = visibleFields(scope) >= 1 || !scope.select("select, input[type=radio]").isEmpty();
        if (fields && hasSubmit(scope)) {
            return true;
        }
        return scope.select("button, input[type=submit], input[type=button], input[type=image], a[href]").stream()
                .filter(b -> !inChrome(b) && !disabled(b))
                .map(b -> b.is("input") ? b.attr("value") + " " + b.attr("alt") : linkText(b))
                .anyMatch(t -> named(t, words.allPaymentWords()) && !negated(t));
    }

    /**
     * Whether a text says a payment is not offered: a negation of the methodology ("chưa hỗ trợ", "nộp
     * trực tiếp") or a bare "Không" / "Chưa" answer in its row ("Thanh toán trực tuyến | Không").
     */
    boolean negated(String text) {
        if (named(text, words.paymentNegated())) {
            return true;
        }
        String folded = " " + VietnameseText.fold(text) + " ";
        return folded.endsWith(" không ") || folded.endsWith(" chưa ") || folded.contains(" không ")
                && folded.length() < MAX_NEGATED_ROW_CHARS;
    }

    /** The text of the row or item an element sits in (a table row "Thanh toán trực tuyến | Không"). */
    private static String rowText(Element e) {
        Element row = e.closest("tr, li, dd, dt, p, label");
        if (row != null && row.is("dt") && row.nextElementSibling() != null) {
            return row.text() + " " + row.nextElementSibling().text();
        }
        return row == null || row.text().length() > MAX_STEP_CHARS ? e.text() : row.text();
    }

    private static boolean disabled(Element e) {
        for (Element p = e; p != null && !p.is("body"); p = p.parent()) {
            if (p.hasAttr("disabled") || "true".equalsIgnoreCase(p.attr("aria-disabled"))
                    || p.classNames().contains("disabled")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the page says only that it has no content yet. */
    boolean placeholder(Document page) {
        return PageText.isPlaceholder(page, words.placeholders());
    }

    /**
     * The page's service name candidates: its headings outside the chrome that are no field label
     * ({@code fields}, as {@link #fields} found them), then its title.
     */
    List<String> headings(Document page, Map<String, Element> fields) {
        Set<String> names = new LinkedHashSet<>();
        Element body = page.body();
        if (body != null) {
            Set<Element> labels = new HashSet<>(fields.values());
            for (Element h : body.select("h1, h2")) {
                String t = h.text().strip();
                if (!t.isEmpty() && !inChrome(h) && !labels.contains(h)) {
                    names.add(t);
                }
            }
        }
        String title = page.title();
        int dash = Math.max(title.lastIndexOf(" - "), title.lastIndexOf(" – "));
        names.add((dash > 0 ? title.substring(0, dash) : title).strip());
        return new ArrayList<>(names);
    }

    /** A link of the service's own content. */
    record Link(URI url, String text, Element element) {
    }

    List<Link> ownLinks(Document page) {
        List<Link> links = new ArrayList<>();
        Element body = page.body();
        if (body == null) {
            return links;
        }
        for (Element a : body.select("a[href], area[href]")) {
            if (inChrome(a)) {
                continue;
            }
            String href = a.absUrl("href");
            if (href.isEmpty() || href.startsWith("javascript:") || href.startsWith("mailto:")) {
                continue;
            }
            try {
                URI url = URI.create(href.replace(" ", "%20"));
                links.add(new Link(url, linkText(a).strip(), a));
            } catch (IllegalArgumentException e) {
                // a malformed href leads nowhere: not a service's link
            }
        }
        return links;
    }

    /**
     * What a link says: its text; else its title; else its image's alt or title; else its image's file
     * name in words ("/images/thanh-toan-paygov.png" → "thanh toan paygov").
     */
    static String linkText(Element a) {
        if (!a.text().isBlank()) {
            return a.text();
        }
        if (!a.attr("title").isBlank()) {
            return a.attr("title");
        }
        for (Element img : a.select("img, input[type=image]")) {
            String alt = img.attr("alt").isBlank() ? img.attr("title") : img.attr("alt");
            if (!alt.isBlank()) {
                return alt;
            }
            String src = img.attr("src");
            String file = src.substring(src.lastIndexOf('/') + 1).replaceAll("\\.[A-Za-z0-9]{2,5}(\\?.*)?$", "");
            if (!file.isBlank()) {
                return file.replaceAll("[-_.+]+", " ");
            }
        }
        return a.attr("aria-label");
    }

    static boolean inChrome(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.is(CHROME) || CHROME_NAME.matcher(p.id()).find() || CHROME_NAME.matcher(p.className()).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean named(String text, List<String> phrases) {
        FoldedText folded = folding.apply(text);
        return phrases.stream().anyMatch(p -> folded.containsPhrase(folding.apply(p)));
    }

    static String nfc(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).strip();
    }

    private static int visibleFields(Element scope) {
        int n = 0;
        for (Element input : scope.select("input, textarea, select")) {
            String type = input.attr("type").toLowerCase(Locale.ROOT);
            if (input.tagName().equals("input") && !VISIBLE_INPUTS.contains(type)) {
                continue;
            }
            if (inChrome(input) || input.hasAttr("hidden")) {
                continue;
            }
            n++;
        }
        return n;
    }

    private static boolean hasSubmit(Element scope) {
        return !scope.select("button, input[type=submit], input[type=image]").isEmpty();
    }

    private static List<Link> distinct(List<Link> links) {
        Map<URI, Link> byUrl = new LinkedHashMap<>();
        links.forEach(l -> byUrl.putIfAbsent(l.url(), l));
        return new ArrayList<>(byUrl.values());
    }
}
