package io.storedesk.sync.outbox;

/**
 * Where an outbox row stands. PENDING = waiting for its next attempt; HELD = waiting for a person to confirm
 * (a mass drop to zero); SENT = the remote's receipt arrived; FAILED = the remote refused it (retry by hand);
 * DISCARDED = dropped by a person, or superseded by a newer stock level.
 */
public enum OutboxStatus {
    PENDING, HELD, SENT, FAILED, DISCARDED
}
