package io.storedesk.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects what an import writes while it writes it; the service stores the records with the job. */
public final class ImportJobRecorder {

    private final long jobId;
    private final List<ChangeRecord> changes = new ArrayList<>();

    public ImportJobRecorder(long jobId) {
        this.jobId = jobId;
    }

    /** The job being written, for what must name it (a stock ledger entry says which import booked it). */
    public long jobId() {
        return jobId;
    }

    public void record(ChangeRecord change) {
        changes.add(change);
    }

    public List<ChangeRecord> changes() {
        return List.copyOf(changes);
    }
}
