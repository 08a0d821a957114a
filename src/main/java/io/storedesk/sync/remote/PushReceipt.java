package io.storedesk.sync.remote;

/** What the remote made of one pushed message: accepted (remoteId = its id for it, if any) or refused. */
public record PushReceipt(String idempotencyKey, boolean accepted, String remoteId, String refusal) {

    public static PushReceipt accepted(String idempotencyKey, String remoteId) {
        return new PushReceipt(idempotencyKey, true, remoteId, null);
    }

    public static PushReceipt refused(String idempotencyKey, String refusal) {
        return new PushReceipt(idempotencyKey, false, null, refusal);
    }
}
