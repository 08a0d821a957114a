package io.storedesk.sync;

/** Which side's value a synced field keeps when StoreDesk and a channel disagree. */
public enum FieldOwner {
    /** StoreDesk's value stays (and is pushed where the adapter can). */
    LOCAL,
    /** The channel's value replaces ours. */
    REMOTE
}
