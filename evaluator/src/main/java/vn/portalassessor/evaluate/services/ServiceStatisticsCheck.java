package vn.portalassessor.evaluate.services;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;

/**
 * C4.08 Tỷ lệ hồ sơ nộp trực tuyến, crawler evidence: the share of applications filed online as the
 * online-service site publishes it — a statistics table with a total column (hints' content: "Tổng
 * số") and an online column (hints' keywords: "trực tuyến"), read on its total row ("Tổng cộng"); or
 * else a sentence giving the online share in per cent. The self-report, when there is one, comes first
 * (methodology order); the Evaluator keeps both and flags a difference.
 */
public final class ServiceStatisticsCheck implements Check {

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%");

    @Override
    public String name() {
        return "service-statistics";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<String> down = ServiceSurvey.of(site).unreachable();
        if (down.isPresent()) {
            return Verdict.unreachable(down.get());
        }
        ServiceSurvey survey = ServiceSurvey.of(site);
        for (StoredPage page : site.pages()) {
            if (!survey.onServiceSite(page.url())) {
                continue;
            }
            for (Element table : page.document().select("table")) {
                Optional<Verdict> v = fromTable(criterion, site, page, table);
                if (v.isPresent()) {
                    return v.get();
                }
            }
        }
        for (StoredPage page : site.pages()) {
            if (!survey.onServiceSite(page.url())) {
                continue;
            }
            for (Element p : page.document().select("p, li, td, div:not(:has(div, p))")) {
                String text = p.text();
                if (text.length() > 300 || !site.model().containsPhrase(text, "tỷ lệ")
                        || criterion.hints().keywords().stream().noneMatch(k -> site.model().containsPhrase(text, k))) {
                    continue;
                }
                Matcher m = PERCENT.matcher(text);
                if (m.find()) {
                    double share = Double.parseDouble(m.group(1).replace(',', '.')) / 100.0;
                    return Verdict.measured(share, "Cổng dịch vụ công công bố tỷ lệ hồ sơ trực tuyến "
                            + m.group(1) + "%", List.of(site.evidence(page, p, text)));
                }
            }
        }
        return Verdict.notFound("Không tìm thấy số liệu thống kê hồ sơ nộp trực tuyến trên cổng dịch vụ công", List.of());
    }

    private static Optional<Verdict> fromTable(Criterion criterion, SiteEvidence site, StoredPage page, Element table) {
        List<Element> header = table.select("thead tr").isEmpty() ? table.select("tr").subList(0, Math.min(1, table.select("tr").size()))
                : table.select("thead tr");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        List<Element> heads = header.get(header.size() - 1).children();
        int total = -1;
        int online = -1;
        for (int i = 0; i < heads.size(); i++) {
            String h = heads.get(i).text();
            if (total < 0 && criterion.hints().content().stream().anyMatch(k -> site.model().containsPhrase(h, k))) {
                total = i;
            } else if (online < 0 && !site.model().containsPhrase(h, "tỷ lệ")
                    && criterion.hints().keywords().stream().anyMatch(k -> site.model().containsPhrase(h, k))) {
                online = i;
            }
        }
        if (total < 0 || online < 0) {
            return Optional.empty();
        }
        for (Element row : table.select("tr")) {
            List<Element> cells = row.children();
            if (cells.size() <= Math.max(total, online) || criterion.hints().content().stream()
                    .noneMatch(k -> site.model().containsPhrase(cells.get(0).text(), k))) {
                continue;
            }
            long all = count(cells.get(total).text());
            long web = count(cells.get(online).text());
            if (all <= 0 || web < 0 || web > all) {
                continue;
            }
            double share = (double) web / all;
            return Optional.of(Verdict.measured(share, String.format(Locale.ROOT,
                    "Cổng dịch vụ công công bố %s/%s hồ sơ nộp trực tuyến (%.1f%%)", cells.get(online).text(),
                    cells.get(total).text(), share * 100), List.of(site.evidence(page, row, row.text()))));
        }
        return Optional.empty();
    }

    /** "18.452" → 18452; -1 when the cell holds no number. */
    private static long count(String cell) {
        String digits = cell.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 12 ? -1 : Long.parseLong(digits);
    }
}
