package io.storedesk.orders.picklist;

import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.SHIPMENT;
import static io.storedesk.store.schema.Tables.SHIPMENT_LINE;
import static io.storedesk.store.schema.Tables.WAREHOUSE;

import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.ShipmentStatus;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;

/** Reads the lines of parcels that are routed but not yet shipped: what the warehouses still have to pick. */
public final class PickListRepository {

    private final DSLContext dsl;

    public PickListRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The open parcel lines of the given orders, or of every routed order when orderIds is empty. */
    public List<PickSource> openParcelLines(Collection<Long> orderIds) {
        Condition open = SHIPMENT.STATUS.in(ShipmentStatus.PLANNED.name(), ShipmentStatus.PICKING.name())
                .and(ORDERS.STATUS.eq(OrderStatus.ROUTED.name()));
        Condition which = orderIds.isEmpty() ? open : open.and(ORDERS.ID.in(orderIds));
        return dsl.select(WAREHOUSE.CODE, WAREHOUSE.NAME, ORDERS.EXTERNAL_ID, ORDER_LINE.SKU_CODE, ORDER_LINE.TITLE,
                        SHIPMENT_LINE.QUANTITY)
                .from(SHIPMENT_LINE)
                .join(SHIPMENT).on(SHIPMENT.ID.eq(SHIPMENT_LINE.SHIPMENT_ID))
                .join(ORDER_LINE).on(ORDER_LINE.ID.eq(SHIPMENT_LINE.ORDER_LINE_ID))
                .join(ORDERS).on(ORDERS.ID.eq(SHIPMENT.ORDER_ID))
                .join(WAREHOUSE).on(WAREHOUSE.ID.eq(SHIPMENT.WAREHOUSE_ID))
                .where(which)
                .fetch(Records.mapping(PickSource::new));
    }
}
