package vn.portalassessor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.report.OutputFolder;
import vn.portalassessor.criteria.MethodologyException;

/**
 * {@code assessor}: crawls Vietnamese state agencies' portals and online-service sites, judges them
 * against the methodology of Decision 62/QĐ-BTTTT, ranks them within their groups and reports.
 */
@Command(name = "assessor", mixinStandardHelpOptions = true, versionProvider = AssessorCommand.Version.class,
        description = {
                "Đánh giá cổng thông tin điện tử và dịch vụ công trực tuyến của cơ quan nhà nước.",
                "Crawls agencies' portals and online-service sites politely, archives what they answered (WARC),",
                "judges the criteria of Decision 62/QĐ-BTTTT (2016 method) on that evidence, merges self-reported",
                "data, ranks agencies within their group and writes a report in Vietnamese.",
                ""},
        subcommands = {DemoCommand.class, RunCommand.class, CrawlCommand.class, EvaluateCommand.class,
                ReportCommand.class, ServeCommand.class, ConfirmCommand.class, SelfReportCommand.class,
                AgreementCommand.class, CompareCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 failed run, 2 bad arguments or input.",
                "Run 'assessor demo' to see the whole pipeline on the bundled sample portals."})
public final class AssessorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a sub-command (demo, run, crawl, evaluate, report, serve, confirm, selfreport)");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * Selenium logs through java.util.logging and warns on every browser start that it has no DevTools
     * module for Debian's newer Chromium; we use version-agnostic CDP commands, so that warning is noise.
     * Held here so the logger's level is not lost to garbage collection.
     */
    private static final java.util.logging.Logger SELENIUM_LOG = quietSelenium();

    private static java.util.logging.Logger quietSelenium() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.openqa.selenium");
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    /** Runs the command line and returns its exit code; used in-process by tests. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new AssessorCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputFileException || e instanceof MethodologyException
                    || e instanceof UsageException || e instanceof OutputFolder.NotWritableException) {
                commandLine.getErr().println("assessor: " + e.getMessage());
                return 2;
            }
            java.io.IOException io = OutputFolder.ioCause(e);
            if (io != null) {
                // a full disk, a folder made read-only mid-run: one line, not a stack trace
                commandLine.getErr().println("assessor: the run failed: " + OutputFolder.explain(io));
                return 1;
            }
            commandLine.getErr().println("assessor: the run failed: " + e);
            e.printStackTrace(commandLine.getErr());
            return 1;
        });
        return cli.execute(args);
    }

    /** Reads the version from the jar's manifest when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"assessor " + version()};
        }
    }

    static String version() {
        String v = AssessorCommand.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
