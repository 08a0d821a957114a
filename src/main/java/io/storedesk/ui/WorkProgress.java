package io.storedesk.ui;

/** What background work tells the window while it runs, and how it learns it was cancelled. */
public interface WorkProgress {

    WorkProgress NONE = new WorkProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    /** Names the step under way by its resource key (shown beside the progress bar). */
    default void step(String messageKey) {
    }

    boolean isCancelled();
}
