package io.storedesk.stock;

import io.storedesk.common.MessageKey;
import io.storedesk.common.Money;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.AuditLog;
import io.storedesk.security.Permission;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Purchase orders from drafting to arrival: drafts from reorder suggestions, sending, receiving in full or in
 * parts (booked as RECEIPT entries in the ledger, referenced by the order's code), cancelling a draft. Every
 * call is one unit of work and checks the versions it read.
 */
public final class PurchaseOrders {

    private static final Set<PurchaseOrderStatus> RECEIVABLE = EnumSet.of(PurchaseOrderStatus.SENT,
            PurchaseOrderStatus.PARTIAL);
    private static final int NOTE_MAX = 500;

    private final Transactions transactions;
    private final StockRepository stock;
    private final PurchaseOrderRepository orders;
    private final LedgerBooker booker;
    private final ShopSettings shop;
    private final Clock clock;
    private Consumer<List<StoredPurchaseOrder>> onDrafted = drafts -> { };
    private final Access access;
    private final AuditLog audit;

    public PurchaseOrders(Transactions transactions, StockRepositories repositories, ShopSettings shop, Clock clock,
                          AuditLog audit, Access access) {
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.stock = repositories.stock();
        this.orders = repositories.purchaseOrders();
        this.booker = new LedgerBooker(stock, repositories.ledger());
        this.shop = shop;
        this.clock = clock;
    }

    /** Told of new drafts inside the transaction that creates them (the sync queues them for the ERP). */
    public void onDrafted(Consumer<List<StoredPurchaseOrder>> listener) {
        this.onDrafted = listener;
    }

    /**
     * One DRAFT purchase order per supplier and warehouse the suggestions name (decision 15): a purchase order
     * delivers to one warehouse, so a supplier replenishing three warehouses gets three orders (each can be
     * sent, tracked and received on its own). A supplier's orders get consecutive codes, so lists sorted by
     * code show them together. Suggestions for the same SKU there become one line. Codes run
     * PO-yyyyMMdd-nnnn by the shop's date. The total is quantity x unit cost in the shop's currency; a
     * suggestion without a unit cost is priced at 0, and the order's note names those SKUs so a person sets
     * the price before sending. Returns the created orders, suppliers in the order they first appear.
     */
    public List<StoredPurchaseOrder> createDrafts(List<ReorderSuggestion> suggestions, String user) {
        access.require(Permission.STOCK_EDIT);
        // supplier → warehouse → SKU → suggestions, each level in the order it first appears
        Map<Long, Map<Long, Map<Long, List<ReorderSuggestion>>>> groups = new LinkedHashMap<>();
        for (ReorderSuggestion s : suggestions) {
            if (s.quantity() <= 0 || s.quantity() > StockLedger.MAX_QUANTITY) {
                throw new RefusedInputException("stock.po.badQuantity", s.skuCode(), s.warehouseCode(), s.quantity());
            }
            groups.computeIfAbsent(s.supplierId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.key().warehouseId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.key().skuId(), k -> new ArrayList<>()).add(s);
        }
        if (groups.isEmpty()) {
            return List.of();
        }
        String currency = shop.currency();
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            String prefix = DocumentCodes.dayPrefix("PO", now, shop.zone());
            String code = DocumentCodes.next(prefix, orders.highestCode(prefix));
            List<StoredPurchaseOrder> created = new ArrayList<>();
            for (var supplier : groups.entrySet()) {
                for (var warehouse : supplier.getValue().entrySet()) {
                    created.add(orders.insert(draft(code, supplier.getKey(), warehouse.getKey(), warehouse.getValue(),
                            currency), user, now));
                    code = DocumentCodes.next(prefix, Optional.of(code));
                }
            }
            onDrafted.accept(created);
            return created;
        });
    }

    public StoredPurchaseOrder find(long purchaseOrderId) {
        return orders.find(purchaseOrderId).orElseThrow(() -> new RefusedInputException("stock.po.unknown",
                purchaseOrderId));
    }

    /** Sends a draft to its supplier: SENT, ordered now, expected after the supplier's stated lead time. */
    public StoredPurchaseOrder send(long purchaseOrderId, String user) {
        access.require(Permission.STOCK_EDIT);
        return transactions.inTransaction(() -> {
            StoredPurchaseOrder po = inStatus(find(purchaseOrderId), Set.of(PurchaseOrderStatus.DRAFT), "send");
            Instant now = clock.instant();
            Instant expected = stock.suppliers().stream().filter(s -> s.id() == po.supplierId()).findFirst()
                    .map(s -> now.plus(Duration.ofDays(s.leadTimeDays()))).orElse(null);
            return save("send", po, po.withStatus(PurchaseOrderStatus.SENT, now, expected, null), user, now);
        });
    }

    /**
     * Books what arrived, by line id, as RECEIPT entries at the order's warehouse. Refused for more than a
     * line still awaits, naming the line. The order becomes PARTIAL, or RECEIVED (with received_at) once every
     * line has arrived in full.
     */
    public StoredPurchaseOrder receive(long purchaseOrderId, Map<Long, Integer> quantitiesByLine, String user) {
        access.require(Permission.STOCK_ADJUST);
        if (quantitiesByLine.isEmpty()) {
            throw new RefusedInputException("stock.po.nothingToReceive");
        }
        return transactions.inTransaction(() -> {
            StoredPurchaseOrder po = inStatus(find(purchaseOrderId), RECEIVABLE, "receive");
            Instant now = clock.instant();
            for (Map.Entry<Long, Integer> received : quantitiesByLine.entrySet()) {
                StoredPurchaseOrderLine line = po.lines().stream().filter(l -> l.id() == received.getKey())
                        .findFirst().orElseThrow(() -> new RefusedInputException("stock.po.unknownLine",
                                received.getKey(), po.code()));
                int quantity = Objects.requireNonNull(received.getValue(), "quantity");
                StockLedger.checkQuantity(quantity);
                PositionKey position = new PositionKey(line.skuId(), po.warehouseId());
                if (quantity > line.outstanding()) {
                    throw new RefusedInputException("stock.po.overReceipt", line.id(), stock.name(position).skuCode(),
                            po.code(), quantity, line.outstanding());
                }
                audit.record(user, booker.bookIn(new LedgerBooker.Entry(position, MovementKind.RECEIPT, quantity, null,
                        po.code(), user, now), null).stream().map(StockAudit::of).toList());
                if (!orders.receiveLine(line, quantity, now)) {
                    throw changedMeanwhile(po);
                }
            }
            // The lines as they are now, against the header's version as read: nobody else changed the order.
            StoredPurchaseOrder arrived = po.withLines(find(purchaseOrderId).lines());
            return save("receive", po, arrived.isComplete()
                    ? arrived.withStatus(PurchaseOrderStatus.RECEIVED, po.orderedAt(), po.expectedAt(), now)
                    : arrived.withStatus(PurchaseOrderStatus.PARTIAL, po.orderedAt(), po.expectedAt(), null),
                    user, now);
        });
    }

    /** Every order still open (draft, sent or partly received), by code. */
    public List<StoredPurchaseOrder> open() {
        return orders.openIds().stream().map(this::find).toList();
    }

    /** Books every line's outstanding units as arrived. */
    public StoredPurchaseOrder receiveAll(long purchaseOrderId, String user) {
        access.require(Permission.STOCK_ADJUST);
        StoredPurchaseOrder po = find(purchaseOrderId);
        Map<Long, Integer> outstanding = new LinkedHashMap<>();
        po.lines().stream().filter(l -> l.outstanding() > 0).forEach(l -> outstanding.put(l.id(), l.outstanding()));
        return receive(purchaseOrderId, outstanding, user);
    }

    /** Cancels a draft; a sent order is received or left open instead. */
    public StoredPurchaseOrder cancel(long purchaseOrderId, String user) {
        access.require(Permission.STOCK_EDIT);
        return transactions.inTransaction(() -> {
            StoredPurchaseOrder po = inStatus(find(purchaseOrderId), Set.of(PurchaseOrderStatus.DRAFT), "cancel");
            Instant now = clock.instant();
            return save("cancel", po, po.withStatus(PurchaseOrderStatus.CANCELLED, null, null, null), user, now);
        });
    }

    private static StoredPurchaseOrder draft(String code, long supplierId, long warehouseId,
                                             Map<Long, List<ReorderSuggestion>> bySku, String currency) {
        List<StoredPurchaseOrderLine> lines = new ArrayList<>();
        List<String> unpriced = new ArrayList<>();
        Money total = Money.zero(currency);
        for (List<ReorderSuggestion> same : bySku.values()) {
            int quantity = same.stream().mapToInt(ReorderSuggestion::quantity).sum();
            BigDecimal cost = same.stream().map(ReorderSuggestion::unitCost).filter(Objects::nonNull).findFirst()
                    .orElse(null);
            if (cost == null) {
                unpriced.add(same.get(0).skuCode());
            }
            Money unitCost = new Money(cost == null ? BigDecimal.ZERO : cost, currency);
            lines.add(new StoredPurchaseOrderLine(0, same.get(0).key().skuId(), quantity, 0, unitCost, 0));
            total = total.plus(unitCost.times(quantity));
        }
        return new StoredPurchaseOrder(0, code, supplierId, warehouseId, PurchaseOrderStatus.DRAFT, total, null,
                null, null, unpricedNote(unpriced), 0, lines);
    }

    /**
     * Stored with the order, in fixed English like the ledger's own words (decision 0011), not in the
     * language of whoever drafted it.
     */
    static String unpricedNote(List<String> skuCodes) {
        if (skuCodes.isEmpty()) {
            return null;
        }
        String note = "No unit cost for " + String.join(", ", skuCodes) + ": priced at 0, set the price before sending.";
        return note.length() <= NOTE_MAX ? note : "No unit cost for " + skuCodes.size()
                + " SKUs (" + skuCodes.get(0) + ", ...): priced at 0, set the prices before sending.";
    }

    /** The order if its status allows the action, else refused saying which orders it is for. */
    private static StoredPurchaseOrder inStatus(StoredPurchaseOrder po, Set<PurchaseOrderStatus> allowed,
                                                String action) {
        if (!allowed.contains(po.status())) {
            throw new RefusedInputException("stock.po.wrongStatus", po.code(),
                    new MessageKey("stock.po.status." + po.status()), new MessageKey("stock.po.only." + action));
        }
        return po;
    }

    /** Stores the order's new status and records the action with the order as it was and as it is now. */
    private StoredPurchaseOrder save(String action, StoredPurchaseOrder before, StoredPurchaseOrder changed,
                                     String user, Instant now) {
        if (!orders.changeStatus(changed, user, now)) {
            throw changedMeanwhile(changed);
        }
        StoredPurchaseOrder stored = find(changed.id());
        audit.record(user, StockDocumentAudit.purchaseOrder(action, before, stored));
        return stored;
    }

    private static RefusedInputException changedMeanwhile(StoredPurchaseOrder po) {
        return new RefusedInputException("stock.po.changedMeanwhile", po.code());
    }
}
