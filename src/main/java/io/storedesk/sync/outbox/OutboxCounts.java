package io.storedesk.sync.outbox;

/** How many of a channel's outbox rows wait (pending), wait for a person (held) or were refused (failed). */
public record OutboxCounts(int pending, int held, int failed) {

    public static final OutboxCounts NONE = new OutboxCounts(0, 0, 0);
}
