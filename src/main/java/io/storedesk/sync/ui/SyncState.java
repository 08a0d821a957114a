package io.storedesk.sync.ui;

/**
 * What the status bar says about syncing. channel = the channel syncing or whose last run went wrong (else
 * null); waiting = outbox rows waiting over all channels (pending and held).
 */
public record SyncState(Kind kind, String channel, int waiting) {

    /** NONE = no channel with an API yet. */
    public enum Kind {
        NONE, IDLE, SYNCING, FAILED, PARTIAL
    }

    public static final SyncState UNKNOWN = new SyncState(Kind.NONE, null, 0);
}
