package io.storedesk.stock;

/** Which warning: the kind on a position, and for near-expiry warnings the batch (else 0). */
public record WarningKey(WarningKind kind, PositionKey position, long batchId) {

    public static WarningKey of(StockWarning warning) {
        return new WarningKey(warning.kind(), warning.key(), warning.batch() == null ? 0 : warning.batch().id());
    }
}
