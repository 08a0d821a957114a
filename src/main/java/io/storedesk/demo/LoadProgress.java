package io.storedesk.demo;

/** Told how far a long load has come, so a window can show a progress bar. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
