package vn.portalassessor.report.compare;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.portalassessor.report.html.HtmlReport;

/**
 * Writes a comparison as {@code index.html} (with the report's sorting script in {@code assets/}) in
 * a folder of its own. The page opens from disk.
 */
public final class ComparisonReport {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private ComparisonReport() {
    }

    /** Writes {@code comparison} into {@code dir} (created when missing). */
    public static Path write(RunComparison comparison, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("assets"));
        try (InputStream script = HtmlReport.class.getResourceAsStream("report.js")) {
            if (script == null) {
                throw new IOException("report.js is missing from the reports jar (vn/portalassessor/report/html/report.js)");
            }
            Files.copy(script, dir.resolve(HtmlReport.SCRIPT), StandardCopyOption.REPLACE_EXISTING);
        }
        StringOutput out = new StringOutput();
        ENGINE.render("compare.jte", comparison, out);
        Path index = dir.resolve("index.html");
        Files.writeString(index, out.toString(), StandardCharsets.UTF_8);
        return index;
    }
}
