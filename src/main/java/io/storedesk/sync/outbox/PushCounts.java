package io.storedesk.sync.outbox;

/**
 * What pushing one kind did in a run: pushed = accepted by the remote, refused = refused (now FAILED),
 * deferred = left PENDING for a later attempt after a transient fault, held = waiting for confirmation.
 */
public record PushCounts(int pushed, int refused, int deferred, int held) {

    public static final PushCounts NONE = new PushCounts(0, 0, 0, 0);

    public PushCounts plus(PushCounts other) {
        return new PushCounts(pushed + other.pushed, refused + other.refused, deferred + other.deferred,
                held + other.held);
    }
}
