package io.storedesk.sync.engine;

import io.storedesk.sync.PushKind;
import io.storedesk.sync.SyncResource;

/** Told as a run goes, on the run's thread: after every committed page, and after each kind is pushed. */
public interface SyncProgress {

    SyncProgress NONE = new SyncProgress() {
    };

    default void pulled(String channel, SyncResource resource, int pages, int records) {
    }

    default void pushed(String channel, PushKind kind, int messages) {
    }
}
