package vn.portalassessor.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The reference the crawler is measured against: the plainest fetch-and-parse loop HttpClient 5
 * allows. Breadth-first per site, {@code concurrency} sites at a time, classic blocking client,
 * Jsoup parse, same-host {@code a[href]} links. No robots.txt, politeness, archive, index or traps.
 */
final class PlainLoop {

    private PlainLoop() {
    }

    /** Crawls every site; returns the pages fetched. */
    static long run(List<URI> homes, int concurrency, int maxPagesPerSite, Runnable perPage) throws Exception {
        AtomicLong pages = new AtomicLong();
        try (CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(2).setMaxConnTotal(concurrency * 2).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().build()) {
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            try {
                List<Future<Void>> done = new java.util.ArrayList<>();
                for (URI home : homes) {
                    done.add(pool.submit(() -> {
                        site(client, home, maxPagesPerSite, pages, perPage);
                        return null;
                    }));
                }
                for (Future<Void> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }
        return pages.get();
    }

    private static void site(CloseableHttpClient client, URI home, int max, AtomicLong pages, Runnable perPage) throws IOException {
        Deque<String> frontier = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        frontier.add(home.toString());
        seen.add(home.toString());
        int fetched = 0;
        while (!frontier.isEmpty() && fetched < max) {
            String url = frontier.poll();
            byte[] body = client.execute(new HttpGet(url), response -> EntityUtils.toByteArray(response.getEntity()));
            fetched++;
            pages.incrementAndGet();
            perPage.run();
            Document doc = Jsoup.parse(new ByteArrayInputStream(body), null, url);
            for (Element a : doc.select("a[href]")) {
                String link = a.absUrl("href");
                if (link.startsWith(home.toString()) && seen.add(link)) {
                    frontier.add(link);
                }
            }
        }
    }
}
