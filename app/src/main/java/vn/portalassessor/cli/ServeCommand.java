package vn.portalassessor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.report.json.ResultsJson;
import vn.portalassessor.viewer.EvidenceViewer;
import vn.portalassessor.viewer.PublicUrl;
import vn.portalassessor.viewer.ViewerTokens;

/** {@code assessor serve}: the evidence viewer of a finished run (contract §4). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a run's report/ and evidence/ over HTTP until stopped (Ctrl-C). Every request needs " +
                "a token from viewer-tokens.json in the run folder (written on first start, kept afterwards): " +
                "the inspector's token reads everything; an agency's token reads only its own evidence page, " +
                "screenshots and WARC files, and the national ranking. Refusals go to viewer-access.log.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "A run directory holding results.json and report/.")
    Path run;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}: this machine only).")
    String bind;

    @Option(names = "--public-url", paramLabel = "URL",
            description = {"The address agencies reach this viewer at (e.g. https://danhgia.example.gov.vn/ behind a"
                    + " reverse proxy). Kept in the run as viewer-url.txt, so that the links in the confirmation",
                    "workbooks and <id>-truy-cap.txt written afterwards ('assessor confirm export') are complete."})
    String publicUrl;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        EvidenceViewer viewer = open(run, port, bind, publicUrl, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            viewer.close();
            stopped.countDown();
        }, "assessor-serve-stop"));
        stopped.await();
        return 0;
    }

    /** Checks the run, issues the tokens and starts the viewer; prints where it is. */
    static EvidenceViewer open(Path run, int port, String bind, PrintStream out) throws IOException {
        return open(run, port, bind, null, out);
    }

    /** As {@link #open(Path, int, String, PrintStream)}, recording the public address when one is given. */
    static EvidenceViewer open(Path run, int port, String bind, String publicUrl, PrintStream out) throws IOException {
        java.net.URI publicAddress = null;
        if (publicUrl != null) {
            try {
                publicAddress = PublicUrl.parse(publicUrl);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--public-url: " + e.getMessage());
            }
        }
        Path results = run.resolve("results.json");
        if (!Files.isRegularFile(results)) {
            throw new UsageException(run + " has no results.json; finish the run with 'assessor run' or 'assessor evaluate --run " + run + "'");
        }
        if (!Files.isRegularFile(run.resolve("report").resolve("index.html"))) {
            throw new UsageException(run + " has no report/index.html; write it with 'assessor report --run " + run + "'");
        }
        if (port < 0 || port > 65535) {
            throw new UsageException("--port takes 0 to 65535, not " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UsageException("--bind: \"" + bind + "\" is not an address of this machine");
        }
        ViewerTokens tokens = ViewerTokens.loadOrCreate(run,
                ResultsJson.read(results).agencies().stream().map(AgencyResult::id).toList());
        EvidenceViewer viewer;
        try {
            viewer = EvidenceViewer.start(run, tokens, new InetSocketAddress(address, port));
        } catch (java.net.BindException e) {
            throw new UsageException("cannot listen on " + bind + ":" + port + " (" + e.getMessage() + "); choose another --port");
        }
        if (!address.isLoopbackAddress()) {
            out.println("Cảnh báo: máy chủ nghe trên " + bind + ", các máy khác trong mạng có thể kết nối (vẫn cần mã truy cập).");
        }
        if (publicAddress != null) {
            PublicUrl.save(run, publicAddress);
        }
        java.net.URI base = publicAddress != null ? publicAddress : viewer.address();
        out.println("Đang phục vụ " + run.toAbsolutePath() + " tại " + viewer.address() + "report/index.html"
                + (publicAddress == null ? "" : " (địa chỉ công khai " + publicAddress + ")"));
        out.println("Thanh tra viên: " + base + "report/index.html?token=" + tokens.inspector());
        out.println("Mã truy cập của từng cơ quan (" + tokens.agencies().size() + "): " + run.resolve(ViewerTokens.FILE).toAbsolutePath());
        out.println("Dừng bằng Ctrl-C.");
        return viewer;
    }
}
