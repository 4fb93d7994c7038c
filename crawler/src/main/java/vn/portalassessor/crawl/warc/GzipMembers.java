package vn.portalassessor.crawl.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes byte blocks to a channel, each as a gzip member of its own (RFC 1952), so that a WARC
 * record can be read from its offset without the records before it (WARC 1.1, annex D). One
 * {@link Deflater} is kept and reset between members: a new one per member allocates and clears
 * zlib's state each time, a cost paid twice per page. Not thread-safe; {@link #close()} frees the
 * native state.
 *
 * <p>jwarc's own gzip writer compresses at level 9. On the sample portals' pages level 1 takes
 * about 30% less CPU than level 9 for 8% more bytes (38.9% of the page size against 36.1%), and in
 * a crawl without politeness delay compression was the largest single cost, above parsing: the
 * {@link WarcArchive} uses {@link Deflater#BEST_SPEED}.
 */
final class GzipMembers implements AutoCloseable {

    private static final byte[] HEADER = {
        0x1f, (byte) 0x8b, // magic
        Deflater.DEFLATED, // method
        0, // flags: no name, comment or extra field
        0, 0, 0, 0, // no modification time
        0, // extra flags
        (byte) 0xff // operating system unknown
    };

    private final Deflater deflater;
    private final CRC32 crc = new CRC32();
    private final byte[] chunk = new byte[32 * 1024];
    /** The member being built, written with one call so that a crash cuts at most the last member. */
    private final ByteArrayOutputStream member = new ByteArrayOutputStream(64 * 1024);

    GzipMembers(int level) {
        this.deflater = new Deflater(level, true);
    }

    /** Writes {@code length} bytes of {@code data} as one complete gzip member; returns the bytes written. */
    long write(byte[] data, int length, WritableByteChannel out) throws IOException {
        member.reset();
        member.write(HEADER);
        crc.reset();
        crc.update(data, 0, length);
        deflater.reset();
        deflater.setInput(data, 0, length);
        deflater.finish();
        while (!deflater.finished()) {
            member.write(chunk, 0, deflater.deflate(chunk));
        }
        int sum = (int) crc.getValue();
        for (int value : new int[] {sum, length}) { // little-endian, as RFC 1952 stores them
            member.write(value);
            member.write(value >>> 8);
            member.write(value >>> 16);
            member.write(value >>> 24);
        }
        ByteBuffer bytes = ByteBuffer.wrap(member.toByteArray());
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
        return member.size();
    }

    @Override
    public void close() {
        deflater.end();
    }
}
