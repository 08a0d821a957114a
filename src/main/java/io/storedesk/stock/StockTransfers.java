package io.storedesk.stock;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.AuditLog;
import io.storedesk.security.Permission;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Stock moved between warehouses. Shipping books TRANSFER_OUT at the source (first expiry first out) and puts
 * the units in transit at the destination; receiving, in full or in parts, books TRANSFER_IN there and takes
 * them out of transit. Units keep their batch: they arrive in a batch of the same number and expiry, the
 * earliest-expiring of what is still on its way first. Every call is one unit of work.
 */
public final class StockTransfers {

    private final Transactions transactions;
    private final StockRepository stock;
    private final StockLedgerRepository ledger;
    private final StockTransferRepository transfers;
    private final LedgerBooker booker;
    private final ShopSettings shop;
    private final Clock clock;
    private final Access access;
    private final AuditLog audit;

    public StockTransfers(Transactions transactions, StockRepositories repositories, ShopSettings shop, Clock clock,
                          AuditLog audit, Access access) {
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.stock = repositories.stock();
        this.ledger = repositories.ledger();
        this.transfers = repositories.transfers();
        this.booker = new LedgerBooker(stock, ledger);
        this.shop = shop;
        this.clock = clock;
    }

    /** A draft transfer of these units (by SKU id) from one warehouse to another, coded TR-yyyyMMdd-nnnn. */
    public StockTransfer create(long fromWarehouseId, long toWarehouseId, Map<Long, Integer> quantitiesBySku,
                                String user) {
        access.require(Permission.STOCK_EDIT);
        if (fromWarehouseId == toWarehouseId) {
            throw new RefusedInputException("stock.transfer.samePlace");
        }
        if (quantitiesBySku.isEmpty()) {
            throw new RefusedInputException("stock.transfer.noLines");
        }
        quantitiesBySku.values().forEach(StockLedger::checkQuantity);
        List<StockTransferLine> lines = quantitiesBySku.entrySet().stream()
                .map(e -> new StockTransferLine(0, e.getKey(), e.getValue(), 0, 0)).toList();
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            String prefix = DocumentCodes.dayPrefix("TR", now, shop.zone());
            String code = DocumentCodes.next(prefix, transfers.highestCode(prefix));
            return transfers.insert(new StockTransfer(0, code, fromWarehouseId, toWarehouseId, TransferStatus.DRAFT,
                    null, null, 0, lines), user, now);
        });
    }

    /**
     * Draft transfers for planned moves: one per pair of warehouses, each SKU's units summed; all of them
     * or, on a refusal, none.
     */
    public List<StockTransfer> createFromSuggestions(List<TransferSuggestion> suggestions, String user) {
        access.require(Permission.STOCK_EDIT);
        Map<List<Long>, Map<Long, Integer>> byRoute = new LinkedHashMap<>();
        for (TransferSuggestion s : suggestions) {
            byRoute.computeIfAbsent(List.of(s.fromWarehouseId(), s.toWarehouseId()), k -> new LinkedHashMap<>())
                    .merge(s.skuId(), s.quantity(), Integer::sum);
        }
        return transactions.inTransaction(() -> byRoute.entrySet().stream()
                .map(e -> create(e.getKey().get(0), e.getKey().get(1), e.getValue(), user)).toList());
    }

    public StockTransfer find(long transferId) {
        return transfers.find(transferId).orElseThrow(() -> new RefusedInputException("stock.transfer.unknown",
                transferId));
    }

    /** Sends a draft: every line leaves the source and is on its way to the destination. */
    public StockTransfer ship(long transferId, String user) {
        access.require(Permission.STOCK_ADJUST);
        return transactions.inTransaction(() -> {
            StockTransfer transfer = inStatus(find(transferId), TransferStatus.DRAFT, "ship");
            Instant now = clock.instant();
            for (StockTransferLine line : transfer.lines()) {
                audit.record(user, booker.bookOut(new LedgerBooker.Entry(new PositionKey(line.skuId(),
                        transfer.fromWarehouseId()), MovementKind.TRANSFER_OUT, line.quantity(), null, transfer.code(),
                        user, now), null).stream().map(StockAudit::of).toList());
                ledger.moveInTransit(new PositionKey(line.skuId(), transfer.toWarehouseId()), line.quantity(), user,
                        now);
            }
            return save("ship", transfer, transfer.withStatus(TransferStatus.IN_TRANSIT, now, null), user, now);
        });
    }

    /**
     * Books what arrived, by line id: in full or in part. Refused for more than a line still has on its way;
     * the transfer is RECEIVED once every line has arrived in full.
     */
    public StockTransfer receive(long transferId, Map<Long, Integer> quantitiesByLine, String user) {
        access.require(Permission.STOCK_ADJUST);
        if (quantitiesByLine.isEmpty()) {
            throw new RefusedInputException("stock.transfer.nothingToReceive");
        }
        return transactions.inTransaction(() -> {
            StockTransfer transfer = inStatus(find(transferId), TransferStatus.IN_TRANSIT, "receive");
            Instant now = clock.instant();
            for (Map.Entry<Long, Integer> received : quantitiesByLine.entrySet()) {
                StockTransferLine line = transfer.lines().stream().filter(l -> l.id() == received.getKey())
                        .findFirst().orElseThrow(() -> new RefusedInputException("stock.transfer.unknownLine",
                                received.getKey(), transfer.code()));
                int quantity = Objects.requireNonNull(received.getValue(), "quantity");
                StockLedger.checkQuantity(quantity);
                if (quantity > line.outstanding()) {
                    throw new RefusedInputException("stock.transfer.overReceipt", line.id(),
                            stock.name(new PositionKey(line.skuId(), transfer.toWarehouseId())).skuCode(),
                            transfer.code(), quantity, line.outstanding());
                }
                arrive(transfer, line, quantity, user, now);
            }
            StockTransfer updated = find(transferId);
            if (!updated.isComplete()) {
                audit.record(user, StockDocumentAudit.transfer("receive", transfer, updated));
                return updated;
            }
            return save("receive", transfer, updated.withStatus(TransferStatus.RECEIVED, updated.shippedAt(), now),
                    user, now);
        });
    }

    /** Cancels a draft; a shipped transfer is received instead (its units already left). */
    public StockTransfer cancel(long transferId, String user) {
        access.require(Permission.STOCK_EDIT);
        return transactions.inTransaction(() -> {
            StockTransfer transfer = inStatus(find(transferId), TransferStatus.DRAFT, "cancel");
            Instant now = clock.instant();
            return save("cancel", transfer, transfer.withStatus(TransferStatus.CANCELLED, null, null), user, now);
        });
    }

    private void arrive(StockTransfer transfer, StockTransferLine line, int quantity, String user, Instant now) {
        PositionKey destination = new PositionKey(line.skuId(), transfer.toWarehouseId());
        Map<BatchLot, Integer> lots = onTheWayByLot(transfer, line);
        List<Fefo.Take<BatchLot>> takes = Fefo.take(new ArrayList<>(lots.keySet()), BatchLot::expiryDate,
                lots::get, quantity);
        for (Fefo.Take<BatchLot> take : takes) {
            audit.record(user, booker.bookIn(new LedgerBooker.Entry(destination, MovementKind.TRANSFER_IN,
                    take.quantity(), null, transfer.code(), user, now), take.lot()).stream().map(StockAudit::of)
                    .toList());
        }
        if (!ledger.moveInTransit(destination, -quantity, user, now)
                || !transfers.receiveLine(line, quantity, now)) {
            throw changedMeanwhile(transfer);
        }
    }

    /** The batches (by number and expiry) the line's shipped units left in, less what has arrived of each. */
    private Map<BatchLot, Integer> onTheWayByLot(StockTransfer transfer, StockTransferLine line) {
        List<Movement> out = ledger.movements(transfer.code(), MovementKind.TRANSFER_OUT, line.skuId()).stream()
                .filter(m -> m.warehouseId() == transfer.fromWarehouseId() && m.batchId() != null).toList();
        List<Movement> in = ledger.movements(transfer.code(), MovementKind.TRANSFER_IN, line.skuId()).stream()
                .filter(m -> m.warehouseId() == transfer.toWarehouseId() && m.batchId() != null).toList();
        Map<Long, Batch> batches = ledger.batches(Stream.concat(out.stream(), in.stream())
                .map(Movement::batchId).toList());
        Map<String, LocalDate> expiry = new HashMap<>();
        Map<String, Integer> left = new LinkedHashMap<>();
        for (Movement m : out) {
            Batch b = batches.get(m.batchId());
            expiry.put(b.batchNo(), b.expiryDate());
            left.merge(b.batchNo(), -m.quantity(), Integer::sum);
        }
        for (Movement m : in) {
            left.computeIfPresent(batches.get(m.batchId()).batchNo(), (no, n) -> n - m.quantity());
        }
        Map<BatchLot, Integer> lots = new LinkedHashMap<>();
        left.forEach((no, n) -> {
            if (n > 0) {
                lots.put(new BatchLot(no, expiry.get(no)), n);
            }
        });
        return lots;
    }

    /** The transfer if it is in the status the action needs, else refused saying which transfers it is for. */
    private static StockTransfer inStatus(StockTransfer transfer, TransferStatus required, String action) {
        if (transfer.status() != required) {
            throw new RefusedInputException("stock.transfer.wrongStatus", transfer.code(),
                    new MessageKey("stock.transfer.status." + transfer.status()),
                    new MessageKey("stock.transfer.only." + action));
        }
        return transfer;
    }

    /** Stores the transfer's new status and records the action with the transfer as it was and is now. */
    private StockTransfer save(String action, StockTransfer before, StockTransfer changed, String user, Instant now) {
        if (!transfers.changeStatus(changed, user, now)) {
            throw changedMeanwhile(changed);
        }
        StockTransfer stored = find(changed.id());
        audit.record(user, StockDocumentAudit.transfer(action, before, stored));
        return stored;
    }

    private static RefusedInputException changedMeanwhile(StockTransfer transfer) {
        return new RefusedInputException("stock.transfer.changedMeanwhile", transfer.code());
    }
}
