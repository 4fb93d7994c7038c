package vn.portalassessor.crawl.store;

import java.nio.file.Path;

/**
 * Where a run directory keeps an agency's crawl (contract §3): WARC files and screenshots under
 * {@code evidence/<id>/}, the capture index and summary under {@code crawl-state/<id>/}.
 */
public final class RunLayout {

    private RunLayout() {
    }

    public static Path evidenceDir(Path runDir, String agencyId) {
        return runDir.resolve("evidence").resolve(agencyId);
    }

    public static Path screenshotDir(Path runDir, String agencyId) {
        return evidenceDir(runDir, agencyId).resolve("screenshots");
    }

    public static Path crawlStateDir(Path runDir, String agencyId) {
        return runDir.resolve("crawl-state").resolve(agencyId);
    }

    public static Path captureIndex(Path runDir, String agencyId) {
        return crawlStateDir(runDir, agencyId).resolve("captures.jsonl");
    }

    public static Path summary(Path runDir, String agencyId) {
        return crawlStateDir(runDir, agencyId).resolve("summary.json");
    }
}
