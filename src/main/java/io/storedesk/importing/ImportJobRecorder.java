package io.storedesk.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects what an import writes while it writes it; the service stores the records with the job. */
public final class ImportJobRecorder {

    private final List<ChangeRecord> changes = new ArrayList<>();

    public void record(ChangeRecord change) {
        changes.add(change);
    }

    public List<ChangeRecord> changes() {
        return List.copyOf(changes);
    }
}
