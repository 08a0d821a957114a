package io.storedesk.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects what an import writes while it writes it and hands the records on in batches, so that an import
 * of 100,000 rows never holds all their before- and after-values at once.
 */
public final class ImportJobRecorder {

    private static final int BATCH = 1_000;

    private final long jobId;
    private final Consumer<List<ChangeRecord>> sink;
    private final List<ChangeRecord> pending = new ArrayList<>(BATCH);

    /** sink stores a batch of records, in the order they were recorded. */
    public ImportJobRecorder(long jobId, Consumer<List<ChangeRecord>> sink) {
        this.jobId = jobId;
        this.sink = sink;
    }

    /** The job being written, for what must name it (a stock ledger entry says which import booked it). */
    public long jobId() {
        return jobId;
    }

    public void record(ChangeRecord change) {
        pending.add(change);
        if (pending.size() == BATCH) {
            flush();
        }
    }

    /** Hands on the records not handed on yet. */
    public void flush() {
        if (!pending.isEmpty()) {
            sink.accept(List.copyOf(pending));
            pending.clear();
        }
    }
}
