package io.storedesk.dashboard.kpi;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * Writes a snapshot file of arrays (RollupSnapshots): a header (magic number, format, checksum, generation, kind),
 * then what the codec writes, in a buffer copied in bulk. The checksum covers everything after its own place, so
 * that a file cut short or damaged is never taken for a snapshot (SnapshotInput).
 */
final class SnapshotOutput implements Closeable {

    static final int MAGIC = 0x5344_4B53;
    /** Bytes before what the checksum covers: the magic number, the format and the checksum itself. */
    static final int UNCHECKED = 16;
    private static final int CHECKSUM_AT = 8;
    private static final int BUFFER = 1 << 20;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32C checksum = new CRC32C();
    private boolean headerWritten;

    SnapshotOutput(Path file, int format, String kind, long generation) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        buffer.putInt(MAGIC).putInt(format).putLong(0);
        writeLong(generation);
        writeString(kind);
    }

    void writeInt(int value) throws IOException {
        room(Integer.BYTES);
        buffer.putInt(value);
    }

    void writeLong(long value) throws IOException {
        room(Long.BYTES);
        buffer.putLong(value);
    }

    void writeBoolean(boolean value) throws IOException {
        room(1);
        buffer.put((byte) (value ? 1 : 0));
    }

    void writeString(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeBytes(bytes, bytes.length);
    }

    /** The first n values, after their count. */
    void writeInts(int[] values, int n) throws IOException {
        writeInt(n);
        for (int from = 0; from < n; ) {
            room(Integer.BYTES);
            int count = Math.min(n - from, buffer.remaining() / Integer.BYTES);
            buffer.asIntBuffer().put(values, from, count);
            buffer.position(buffer.position() + count * Integer.BYTES);
            from += count;
        }
    }

    /** The first n values, after their count. */
    void writeLongs(long[] values, int n) throws IOException {
        writeInt(n);
        for (int from = 0; from < n; ) {
            room(Long.BYTES);
            int count = Math.min(n - from, buffer.remaining() / Long.BYTES);
            buffer.asLongBuffer().put(values, from, count);
            buffer.position(buffer.position() + count * Long.BYTES);
            from += count;
        }
    }

    /** The first n values, after their count. */
    void writeBytes(byte[] values, int n) throws IOException {
        writeInt(n);
        for (int from = 0; from < n; ) {
            room(1);
            int count = Math.min(n - from, buffer.remaining());
            buffer.put(values, from, count);
            from += count;
        }
    }

    /** The first n values, after their count, a byte each. */
    void writeBooleans(boolean[] values, int n) throws IOException {
        writeInt(n);
        for (int i = 0; i < n; i++) {
            room(1);
            buffer.put((byte) (values[i] ? 1 : 0));
        }
    }

    /** Writes what is left and the checksum; without this the file is not a snapshot. */
    void finish() throws IOException {
        flush();
        ByteBuffer sum = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(checksum.getValue());
        sum.flip();
        while (sum.hasRemaining()) {
            channel.write(sum, CHECKSUM_AT + sum.position());
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        ByteBuffer checked = buffer.duplicate();
        if (!headerWritten) {
            checked.position(UNCHECKED);
            headerWritten = true;
        }
        checksum.update(checked);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}
