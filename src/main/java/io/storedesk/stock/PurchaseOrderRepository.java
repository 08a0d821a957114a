package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.PURCHASE_ORDER;
import static io.storedesk.store.schema.Tables.PURCHASE_ORDER_LINE;

import io.storedesk.common.Money;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.PurchaseOrderLineRecord;
import io.storedesk.store.schema.tables.records.PurchaseOrderRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
