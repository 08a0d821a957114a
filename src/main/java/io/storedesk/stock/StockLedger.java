package io.storedesk.stock;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.security.AuditLog;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.util.List;

/**
 * Receipts, shipments, returns and write-offs: every change of on hand a person or a document makes, booked
 * in the ledger with the figure before and after, why, who and for which document. Units leave first expiry
 * first out unless a batch is named. Each call is one unit of work: refused input changes nothing.
 */
public final class StockLedger {

    /** More than this in one booking is a typing slip (a barcode in the quantity), not a delivery. */
    static final int MAX_QUANTITY = 1_000_000;

    private final Transactions transactions;
    private final StockRepository stock;
    private final StockLedgerRepository ledger;
    private final LedgerBooker booker;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;

    public StockLedger(Transactions transactions, StockRepositories repositories, Clock clock, AuditLog audit, Access access) {
        this.audit = audit;
        this.access = access;
        this.transactions = transactions;
        this.stock = repositories.stock();
        this.ledger = repositories.ledger();
        this.booker = new LedgerBooker(stock, ledger);
        this.clock = clock;
    }

    /** Goods arrived; with a batch number they go into that batch, opened with the expiry date if new. */
    public List<Movement> receive(StockChange change, String user) {
        access.require(Permission.STOCK_ADJUST);
        return in(change, MovementKind.RECEIPT, user);
    }

    /** Goods sent to a buyer. Refused (stock.ledger.notEnoughOnHand) for more than the position holds. */
    public List<Movement> ship(StockChange change, String user) {
        access.require(Permission.STOCK_ADJUST);
        return out(change, MovementKind.SHIPMENT, user);
    }

    /** A buyer's return put back on the shelf, into a batch if one is named. */
    public List<Movement> returnToStock(StockChange change, String user) {
        access.require(Permission.STOCK_ADJUST);
        return in(change, MovementKind.RETURN, user);
    }

    /** Goods destroyed, lost or expired; a reason is required. */
    public List<Movement> writeOff(StockChange change, String user) {
        access.require(Permission.STOCK_ADJUST);
        if (change.reason() == null || change.reason().isBlank()) {
            throw new RefusedInputException("stock.ledger.reasonRequired");
        }
        return out(change, MovementKind.WRITE_OFF, user);
    }

    /** The SKU's ledger, oldest first, in one warehouse or (warehouseCode null) in all of them. */
    public List<LedgerEntry> history(String skuCode, String warehouseCode) {
        long skuId = stock.skuId(skuCode).orElseThrow(() -> new RefusedInputException("stock.ledger.unknownSku",
                skuCode));
        Long warehouseId = null;
        if (warehouseCode != null) {
            warehouseId = stock.warehouses().stream().filter(w -> w.code().equals(warehouseCode)).map(Warehouse::id)
                    .findFirst().orElseThrow(() -> new RefusedInputException("stock.ledger.unknownWarehouse",
                            warehouseCode));
        }
        return ledger.ledger(skuId, warehouseId);
    }

    private List<Movement> in(StockChange change, MovementKind kind, String user) {
        StockChange c = checked(change);
        BatchLot lot = c.batchNo() == null ? null : new BatchLot(c.batchNo(), c.expiryDate());
        return transactions.inTransaction(() -> audited(booker.bookIn(entry(c, kind, user), lot), user));
    }

    private List<Movement> out(StockChange change, MovementKind kind, String user) {
        StockChange c = checked(change);
        if (c.expiryDate() != null) {
            throw new RefusedInputException("stock.ledger.expiryOnlyWhenReceiving");
        }
        return transactions.inTransaction(() -> audited(booker.bookOut(entry(c, kind, user), c.batchNo()), user));
    }

    private List<Movement> audited(List<Movement> movements, String user) {
        audit.record(user, movements.stream().map(StockAudit::of).toList());
        return movements;
    }

    private LedgerBooker.Entry entry(StockChange c, MovementKind kind, String user) {
        return new LedgerBooker.Entry(c.position(), kind, c.quantity(), c.reason(), c.reference(), user,
                clock.instant());
    }

    /** The change with blank texts as null, refused when a figure or a text cannot be booked. */
    static StockChange checked(StockChange change) {
        checkQuantity(change.quantity());
        String batchNo = text(change.batchNo(), 64, "stock.ledger.field.batchNo");
        if (batchNo == null && change.expiryDate() != null) {
            throw new RefusedInputException("stock.ledger.expiryWithoutBatch");
        }
        return new StockChange(change.position(), change.quantity(), batchNo, change.expiryDate(),
                text(change.reason(), 200, "stock.ledger.field.reason"),
                text(change.reference(), 100, "stock.ledger.field.reference"));
    }

    static void checkQuantity(int quantity) {
        if (quantity <= 0) {
            throw new RefusedInputException("stock.ledger.quantityNotPositive", quantity);
        }
        if (quantity > MAX_QUANTITY) {
            throw new RefusedInputException("stock.ledger.quantityTooLarge", quantity, MAX_QUANTITY);
        }
    }

    private static String text(String value, int max, String fieldKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new RefusedInputException("stock.ledger.textTooLong", new MessageKey(fieldKey), max);
        }
        return stripped;
    }
}
