package io.storedesk.sync.outbox;

/** Where a push reports what a run's log should show. */
public interface PushEvents {

    PushEvents NONE = new PushEvents() {
        @Override
        public void note(String line) {
        }

        @Override
        public void error(String line) {
        }
    };

    void note(String line);

    /** A problem worth counting as one of the run's errors, with the remote's words. */
    void error(String line);
}
