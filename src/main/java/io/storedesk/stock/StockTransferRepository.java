package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.STOCK_TRANSFER;
import static io.storedesk.store.schema.Tables.STOCK_TRANSFER_LINE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;

import io.storedesk.store.schema.tables.records.StockTransferLineRecord;
import io.storedesk.store.schema.tables.records.StockTransferRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Transfer documents between warehouses and their lines. The stock they move is booked by the ledger. */
public final class StockTransferRepository {

    private final DSLContext dsl;

    public StockTransferRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The highest transfer code that starts with the prefix. */
    public Optional<String> highestCode(String prefix) {
        return dsl.select(max(STOCK_TRANSFER.CODE)).from(STOCK_TRANSFER)
                .where(STOCK_TRANSFER.CODE.startsWith(prefix))
                .fetchOptional(0, String.class);
    }

    /** Stores a new transfer with its lines; returns it with the ids the store gave. */
    public StockTransfer insert(StockTransfer transfer, String user, Instant at) {
        StockTransferRecord r = dsl.newRecord(STOCK_TRANSFER);
        r.setCode(transfer.code());
        r.setFromWarehouseId(transfer.fromWarehouseId());
        r.setToWarehouseId(transfer.toWarehouseId());
        r.setStatus(transfer.status().name());
        r.setCreatedAt(at);
        r.setCreatedBy(user);
        r.setUpdatedAt(at);
        r.setUpdatedBy(user);
        r.store();
        for (StockTransferLine line : transfer.lines()) {
            StockTransferLineRecord l = dsl.newRecord(STOCK_TRANSFER_LINE);
            l.setTransferId(r.getId());
            l.setSkuId(line.skuId());
            l.setQuantity(line.quantity());
            l.setReceivedQuantity(0);
            l.setUpdatedAt(at);
            l.store();
        }
        return find(r.getId()).orElseThrow();
    }

    public Optional<StockTransfer> find(long id) {
        return dsl.selectFrom(STOCK_TRANSFER).where(STOCK_TRANSFER.ID.eq(id)).fetchOptional().map(r ->
                new StockTransfer(r.getId(), r.getCode(), r.getFromWarehouseId(), r.getToWarehouseId(),
                        TransferStatus.valueOf(r.getStatus()), r.getShippedAt(), r.getReceivedAt(), r.getVersion(),
                        dsl.selectFrom(STOCK_TRANSFER_LINE)
                                .where(STOCK_TRANSFER_LINE.TRANSFER_ID.eq(id))
                                .orderBy(STOCK_TRANSFER_LINE.ID)
                                .fetch(l -> new StockTransferLine(l.getId(), l.getSkuId(), l.getQuantity(),
                                        l.getReceivedQuantity(), l.getVersion()))));
    }

    /**
     * Writes the transfer's status and dates if it still has the version it was read at; false, and nothing
     * changed, when someone changed it since.
     */
    public boolean changeStatus(StockTransfer transfer, String user, Instant at) {
        return dsl.update(STOCK_TRANSFER)
                .set(STOCK_TRANSFER.STATUS, transfer.status().name())
                .set(STOCK_TRANSFER.SHIPPED_AT, transfer.shippedAt())
                .set(STOCK_TRANSFER.RECEIVED_AT, transfer.receivedAt())
                .set(STOCK_TRANSFER.VERSION, STOCK_TRANSFER.VERSION.plus(inline(1)))
                .set(STOCK_TRANSFER.UPDATED_AT, at)
                .set(STOCK_TRANSFER.UPDATED_BY, user)
                .where(STOCK_TRANSFER.ID.eq(transfer.id()), STOCK_TRANSFER.VERSION.eq(transfer.version()))
                .execute() == 1;
    }

    /**
     * Adds arrived units to a line that still has the version it was read at and that many outstanding;
     * false, and nothing changed, otherwise.
     */
    public boolean receiveLine(StockTransferLine line, int quantity, Instant at) {
        return dsl.update(STOCK_TRANSFER_LINE)
                .set(STOCK_TRANSFER_LINE.RECEIVED_QUANTITY, STOCK_TRANSFER_LINE.RECEIVED_QUANTITY.plus(quantity))
                .set(STOCK_TRANSFER_LINE.VERSION, STOCK_TRANSFER_LINE.VERSION.plus(inline(1)))
                .set(STOCK_TRANSFER_LINE.UPDATED_AT, at)
                .where(STOCK_TRANSFER_LINE.ID.eq(line.id()), STOCK_TRANSFER_LINE.VERSION.eq(line.version()),
                        STOCK_TRANSFER_LINE.RECEIVED_QUANTITY.plus(quantity).le(STOCK_TRANSFER_LINE.QUANTITY))
                .execute() == 1;
    }
}
