package io.storedesk.dashboard.kpi;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * Reads a snapshot file SnapshotOutput wrote. Anything unexpected (another format, kind or generation, a count
 * larger than the file, a file cut short, bytes left over, a wrong checksum) throws IOException: the caller then
 * reads the rollups from the store instead.
 */
final class SnapshotInput implements Closeable {

    private static final int BUFFER = 1 << 20;

    private final FileChannel channel;
    private final long size;
    private final long expectedChecksum;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32C checksum = new CRC32C();

    SnapshotInput(Path file, int format, String kind, long generation) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            this.size = channel.size();
            ByteBuffer header = ByteBuffer.allocate(SnapshotOutput.UNCHECKED).order(ByteOrder.LITTLE_ENDIAN);
            while (header.hasRemaining()) {
                if (channel.read(header) < 0) {
                    throw new EOFException(file + " is shorter than a snapshot's header");
                }
            }
            header.flip();
            if (header.getInt() != SnapshotOutput.MAGIC || header.getInt() != format) {
                throw new IOException(file + " is not a snapshot of format " + format);
            }
            this.expectedChecksum = header.getLong();
            buffer.limit(0);
            if (readLong() != generation || !readString().equals(kind)) {
                throw new IOException(file + " is not the " + kind + " of generation " + generation);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    int readInt() throws IOException {
        need(Integer.BYTES);
        return buffer.getInt();
    }

    long readLong() throws IOException {
        need(Long.BYTES);
        return buffer.getLong();
    }

    boolean readBoolean() throws IOException {
        need(1);
        return buffer.get() != 0;
    }

    String readString() throws IOException {
        return new String(readBytes(), StandardCharsets.UTF_8);
    }

    int[] readInts() throws IOException {
        int[] values = new int[count(Integer.BYTES)];
        for (int from = 0; from < values.length; ) {
            need(Integer.BYTES);
            int n = Math.min(values.length - from, buffer.remaining() / Integer.BYTES);
            buffer.asIntBuffer().get(values, from, n);
            buffer.position(buffer.position() + n * Integer.BYTES);
            from += n;
        }
        return values;
    }

    long[] readLongs() throws IOException {
        long[] values = new long[count(Long.BYTES)];
        for (int from = 0; from < values.length; ) {
            need(Long.BYTES);
            int n = Math.min(values.length - from, buffer.remaining() / Long.BYTES);
            buffer.asLongBuffer().get(values, from, n);
            buffer.position(buffer.position() + n * Long.BYTES);
            from += n;
        }
        return values;
    }

    byte[] readBytes() throws IOException {
        byte[] values = new byte[count(1)];
        for (int from = 0; from < values.length; ) {
            need(1);
            int n = Math.min(values.length - from, buffer.remaining());
            buffer.get(values, from, n);
            from += n;
        }
        return values;
    }

    boolean[] readBooleans() throws IOException {
        boolean[] values = new boolean[count(1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = readBoolean();
        }
        return values;
    }

    /** Checks that the whole file was read and its checksum; throws when not. */
    void finish() throws IOException {
        if (buffer.hasRemaining() || channel.position() != size) {
            throw new IOException("a snapshot has bytes after its end");
        }
        if (checksum.getValue() != expectedChecksum) {
            throw new IOException("a snapshot's checksum does not match: the file is damaged");
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** An array's length, refused when the file could not hold it (a damaged count must not exhaust the heap). */
    private int count(int bytesEach) throws IOException {
        int n = readInt();
        if (n < 0 || (long) n * bytesEach > size) {
            throw new IOException("a snapshot holds a count of " + n + " in a file of " + size + " bytes");
        }
        return n;
    }

    private void need(int bytes) throws IOException {
        if (buffer.remaining() >= bytes) {
            return;
        }
        buffer.compact();
        while (buffer.position() < bytes) {
            int start = buffer.position();
            if (channel.read(buffer) < 0) {
                throw new EOFException("a snapshot ends early");
            }
            checksum.update(buffer.duplicate().limit(buffer.position()).position(start));
        }
        // Fill the rest of the buffer too: fewer, larger reads.
        while (buffer.hasRemaining()) {
            int start = buffer.position();
            if (channel.read(buffer) <= 0) {
                break;
            }
            checksum.update(buffer.duplicate().limit(buffer.position()).position(start));
        }
        buffer.flip();
    }
}
