package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.PURCHASE_ORDER;
import static io.storedesk.store.schema.Tables.PURCHASE_ORDER_LINE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;

import io.storedesk.common.Money;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.PurchaseOrderLineRecord;
import io.storedesk.store.schema.tables.records.PurchaseOrderRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Purchase orders and their lines. */
public final class PurchaseOrderRepository {

    private final DSLContext dsl;

    public PurchaseOrderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insertPurchaseOrders(List<PurchaseOrder> orders, String currency, String userName) {
        dsl.transaction(() -> {
            // Thread-bound: joins the caller's unit of work if there is one (see Store).
            DSLContext ctx = dsl;
            for (PurchaseOrder po : orders) {
                PurchaseOrderRecord r = ctx.newRecord(PURCHASE_ORDER);
                r.setCode(po.code());
                r.setSupplierId(po.supplierId());
                r.setWarehouseId(po.warehouseId());
                r.setStatus(po.status().name());
                r.setCurrency(currency);
                r.setTotalAmount(po.total(currency).amount());
                r.setOrderedAt(po.orderedAt());
                r.setExpectedAt(po.expectedAt());
                r.setReceivedAt(po.receivedAt());
                r.setCreatedBy(userName);
                r.store();
                List<PurchaseOrderLineRecord> lines = new ArrayList<>();
                for (PurchaseOrderLine line : po.lines()) {
                    PurchaseOrderLineRecord l = ctx.newRecord(PURCHASE_ORDER_LINE);
                    l.setPurchaseOrderId(r.getId());
                    l.setSkuId(line.skuId());
                    l.setQuantity(line.quantity());
                    l.setReceivedQuantity(line.receivedQuantity());
                    l.setUnitCost(line.unitCost().amount());
                    lines.add(l);
                }
                BulkInsert.insert(ctx, lines);
            }
        });
    }

    /** The highest purchase order code that starts with the prefix. */
    public Optional<String> highestCode(String prefix) {
        return dsl.select(max(PURCHASE_ORDER.CODE)).from(PURCHASE_ORDER)
                .where(PURCHASE_ORDER.CODE.startsWith(prefix))
                .fetchOptional(0, String.class);
    }

    /** Stores a new purchase order with its lines; returns it with the ids the store gave. */
    public StoredPurchaseOrder insert(StoredPurchaseOrder po, String user, Instant at) {
        PurchaseOrderRecord r = dsl.newRecord(PURCHASE_ORDER);
        r.setCode(po.code());
        r.setSupplierId(po.supplierId());
        r.setWarehouseId(po.warehouseId());
        r.setStatus(po.status().name());
        r.setCurrency(po.total().currency());
        r.setTotalAmount(po.total().amount());
        r.setOrderedAt(po.orderedAt());
        r.setExpectedAt(po.expectedAt());
        r.setReceivedAt(po.receivedAt());
        r.setNote(po.note());
        r.setCreatedAt(at);
        r.setCreatedBy(user);
        r.setUpdatedAt(at);
        r.setUpdatedBy(user);
        r.store();
        for (StoredPurchaseOrderLine line : po.lines()) {
            PurchaseOrderLineRecord l = dsl.newRecord(PURCHASE_ORDER_LINE);
            l.setPurchaseOrderId(r.getId());
            l.setSkuId(line.skuId());
            l.setQuantity(line.quantity());
            l.setReceivedQuantity(line.receivedQuantity());
            l.setUnitCost(line.unitCost().amount());
            l.setUpdatedAt(at);
            l.store();
        }
        return find(r.getId()).orElseThrow();
    }

    public Optional<StoredPurchaseOrder> find(long id) {
        return dsl.selectFrom(PURCHASE_ORDER).where(PURCHASE_ORDER.ID.eq(id)).fetchOptional().map(r -> {
            List<StoredPurchaseOrderLine> lines = dsl.selectFrom(PURCHASE_ORDER_LINE)
                    .where(PURCHASE_ORDER_LINE.PURCHASE_ORDER_ID.eq(id))
                    .orderBy(PURCHASE_ORDER_LINE.ID)
                    .fetch(l -> new StoredPurchaseOrderLine(l.getId(), l.getSkuId(), l.getQuantity(),
                            l.getReceivedQuantity(), new Money(l.getUnitCost(), r.getCurrency()), l.getVersion()));
            return new StoredPurchaseOrder(r.getId(), r.getCode(), r.getSupplierId(), r.getWarehouseId(),
                    PurchaseOrderStatus.valueOf(r.getStatus()), new Money(r.getTotalAmount(), r.getCurrency()),
                    r.getOrderedAt(), r.getExpectedAt(), r.getReceivedAt(), r.getNote(), r.getVersion(), lines);
        });
    }

    /**
     * Writes the order's status and dates if it still has the version it was read at; false, and nothing
     * changed, when someone changed it since.
     */
    public boolean changeStatus(StoredPurchaseOrder po, String user, Instant at) {
        return dsl.update(PURCHASE_ORDER)
                .set(PURCHASE_ORDER.STATUS, po.status().name())
                .set(PURCHASE_ORDER.ORDERED_AT, po.orderedAt())
                .set(PURCHASE_ORDER.EXPECTED_AT, po.expectedAt())
                .set(PURCHASE_ORDER.RECEIVED_AT, po.receivedAt())
                .set(PURCHASE_ORDER.VERSION, PURCHASE_ORDER.VERSION.plus(inline(1)))
                .set(PURCHASE_ORDER.UPDATED_AT, at)
                .set(PURCHASE_ORDER.UPDATED_BY, user)
                .where(PURCHASE_ORDER.ID.eq(po.id()), PURCHASE_ORDER.VERSION.eq(po.version()))
                .execute() == 1;
    }

    /**
     * Adds arrived units to a line that still has the version it was read at and that many outstanding;
     * false, and nothing changed, otherwise.
     */
    public boolean receiveLine(StoredPurchaseOrderLine line, int quantity, Instant at) {
        return dsl.update(PURCHASE_ORDER_LINE)
                .set(PURCHASE_ORDER_LINE.RECEIVED_QUANTITY, PURCHASE_ORDER_LINE.RECEIVED_QUANTITY.plus(quantity))
                .set(PURCHASE_ORDER_LINE.VERSION, PURCHASE_ORDER_LINE.VERSION.plus(inline(1)))
                .set(PURCHASE_ORDER_LINE.UPDATED_AT, at)
                .where(PURCHASE_ORDER_LINE.ID.eq(line.id()), PURCHASE_ORDER_LINE.VERSION.eq(line.version()),
                        PURCHASE_ORDER_LINE.RECEIVED_QUANTITY.plus(quantity).le(PURCHASE_ORDER_LINE.QUANTITY))
                .execute() == 1;
    }

    /** Ids of the orders still open (draft, sent or partly received), by code. */
    public List<Long> openIds() {
        return dsl.select(PURCHASE_ORDER.ID).from(PURCHASE_ORDER)
                .where(PURCHASE_ORDER.STATUS.in(PurchaseOrderStatus.DRAFT.name(), PurchaseOrderStatus.SENT.name(),
                        PurchaseOrderStatus.PARTIAL.name()))
                .orderBy(PURCHASE_ORDER.CODE)
                .fetch(PURCHASE_ORDER.ID);
    }

    public List<PurchaseOrder> purchaseOrders(PurchaseOrderStatus status) {
        Map<Long, List<PurchaseOrderLine>> lines = dsl.select(PURCHASE_ORDER_LINE.PURCHASE_ORDER_ID,
                        PURCHASE_ORDER_LINE.SKU_ID, PURCHASE_ORDER_LINE.QUANTITY,
                        PURCHASE_ORDER_LINE.RECEIVED_QUANTITY, PURCHASE_ORDER_LINE.UNIT_COST, PURCHASE_ORDER.CURRENCY)
                .from(PURCHASE_ORDER_LINE)
                .join(PURCHASE_ORDER).on(PURCHASE_ORDER.ID.eq(PURCHASE_ORDER_LINE.PURCHASE_ORDER_ID))
                .where(PURCHASE_ORDER.STATUS.eq(status.name()))
                .orderBy(PURCHASE_ORDER_LINE.ID)
                .fetchGroups(r -> r.value1(), r -> new PurchaseOrderLine(r.value2(), r.value3(), r.value4(),
                        new Money(r.value5(), r.value6())));
        return dsl.selectFrom(PURCHASE_ORDER)
                .where(PURCHASE_ORDER.STATUS.eq(status.name()))
                .orderBy(PURCHASE_ORDER.CODE)
                .fetch(r -> new PurchaseOrder(r.getId(), r.getCode(), r.getSupplierId(), r.getWarehouseId(),
                        PurchaseOrderStatus.valueOf(r.getStatus()), r.getOrderedAt(), r.getExpectedAt(),
                        r.getReceivedAt(), lines.getOrDefault(r.getId(), List.of())));
    }
}
