package vn.portalassessor.crawl.fetch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.entity.AbstractBinDataConsumer;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Keeps a response body up to a byte limit. Past the limit it stops the exchange by failing it with
 * {@link BodyCapReached}; the bytes read so far stay available through {@link #partial()} so the
 * truncated page is still archived and judged. The Content-Type header is not parsed here: a charset
 * the JVM does not know ({@code charset=no-such-charset}, {@code utf-7}, a control character) must
 * not fail the exchange (HttpClient's own response consumers do fail it); the page decoder judges it.
 */
final class CappedBodyConsumer extends AbstractBinDataConsumer implements AsyncResponseConsumer<CappedBodyConsumer.Result> {

    /** What was received. */
    record Result(int status, String reason, String protocol, List<Map.Entry<String, String>> headers, byte[] body,
                  boolean truncated) {
    }

    /** Signals that the body reached the cap; not an error of the server's. */
    static final class BodyCapReached extends java.io.IOException {
        BodyCapReached(long limit) {
            super("response body cut at " + limit + " bytes");
        }
    }

    private final long limit;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private HttpResponse response;
    private boolean truncated;
    private FutureCallback<Result> resultCallback;

    CappedBodyConsumer(long limit) {
        this.limit = limit;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entityDetails, HttpContext context,
                                FutureCallback<Result> resultCallback) {
        this.resultCallback = resultCallback;
        this.response = response;
        if (entityDetails == null) {
            completed();
        }
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx answers carry nothing to keep
    }

    @Override
    public void failed(Exception cause) {
        // the exchange's future reports the failure; partial() keeps what arrived
    }

    @Override
    protected void completed() {
        if (resultCallback != null) {
            resultCallback.completed(partial());
        }
    }

    @Override
    protected int capacityIncrement() {
        return 64 * 1024;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws BodyCapReached {
        int room = (int) Math.min(Integer.MAX_VALUE, limit - body.size());
        int n = Math.min(room, src.remaining());
        byte[] chunk = new byte[n];
        src.get(chunk);
        body.write(chunk, 0, n);
        if (src.hasRemaining()) {
            truncated = true;
            throw new BodyCapReached(limit);
        }
    }

    /** What was received so far; null before the status line arrived. */
    Result partial() {
        if (response == null) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Header h : response.getHeaders()) {
            headers.add(Map.entry(h.getName(), h.getValue()));
        }
        String protocol = response.getVersion() == null ? "HTTP/1.1" : response.getVersion().format();
        String reason = response.getReasonPhrase() == null ? "" : response.getReasonPhrase();
        return new Result(response.getCode(), reason, protocol, headers, body.toByteArray(), truncated);
    }

    @Override
    public void releaseResources() {
        // the body buffer is kept for partial(); it is garbage once the consumer is dropped
    }
}
