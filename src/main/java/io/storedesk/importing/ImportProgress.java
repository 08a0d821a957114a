package io.storedesk.importing;

/** Told how many rows have been read and applied; asked whether the person cancelled. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void rowsRead(long rows) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void rowsRead(long rows);

    /** While writing: how many rows are written so far. */
    default void rowsApplied(long rows) {
    }

    boolean isCancelled();
}
