package io.storedesk.importing;

import java.util.List;

/** The decided outcome of every row, and the writing of the accepted ones. */
public interface ImportPlan {

    List<RowOutcome> outcomes();

    /** Writes the accepted rows in the caller's transaction, recording every row written. */
    void apply(ImportJobRecorder recorder, ImportProgress progress);
}
