package io.storedesk.stock;

import java.time.Instant;
import java.util.List;

/** Stock moved from one warehouse to another, as the store holds it. id 0 = not yet stored. */
public record StockTransfer(long id, String code, long fromWarehouseId, long toWarehouseId, TransferStatus status,
                            Instant shippedAt, Instant receivedAt, int version, List<StockTransferLine> lines) {

    public StockTransfer {
        lines = List.copyOf(lines);
    }

    /** Every line has arrived in full. */
    public boolean isComplete() {
        return lines.stream().allMatch(l -> l.outstanding() == 0);
    }

    StockTransfer withStatus(TransferStatus newStatus, Instant shipped, Instant received) {
        return new StockTransfer(id, code, fromWarehouseId, toWarehouseId, newStatus, shipped, received, version,
                lines);
    }
}
