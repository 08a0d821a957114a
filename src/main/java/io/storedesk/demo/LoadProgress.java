package io.storedesk.demo;

/** Told how far a long load has come, so a window can show a progress bar. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (done, total) -> { };

    void update(long done, long total);

    /**
     * Every row is in; what is left (building the dashboard's rollups, about as long again) cannot be counted.
     * Reported as -1 of -1, which a progress bar shows as work under way rather than a bar full and standing still.
     */
    default void finishing() {
        update(-1, -1);
    }
}
