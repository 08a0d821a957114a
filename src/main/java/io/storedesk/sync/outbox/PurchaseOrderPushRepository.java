package io.storedesk.sync.outbox;

import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.SUPPLIER;
import static io.storedesk.store.schema.Tables.WAREHOUSE;

import io.storedesk.sync.ChannelKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The codes a purchase order push names, and the ERP channels it goes to. */
public final class PurchaseOrderPushRepository {

    private final DSLContext dsl;

    public PurchaseOrderPushRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Active channels of the kind that have an API address. */
    public List<Long> connectedChannels(ChannelKind kind) {
        return dsl.select(CHANNEL.ID).from(CHANNEL)
                .where(CHANNEL.KIND.eq(kind.name()), CHANNEL.ACTIVE.isTrue(), CHANNEL.BASE_URL.isNotNull())
                .orderBy(CHANNEL.ID).fetch(CHANNEL.ID);
    }

    /** supplier id → {code, name}. */
    public Map<Long, String[]> suppliers(Collection<Long> ids) {
        return dsl.select(SUPPLIER.ID, SUPPLIER.CODE, SUPPLIER.NAME).from(SUPPLIER).where(SUPPLIER.ID.in(ids))
                .fetchMap(r -> r.value1(), r -> new String[] {r.value2(), r.value3()});
    }

    public Map<Long, String> warehouseCodes(Collection<Long> ids) {
        return dsl.select(WAREHOUSE.ID, WAREHOUSE.CODE).from(WAREHOUSE).where(WAREHOUSE.ID.in(ids))
                .fetchMap(WAREHOUSE.ID, WAREHOUSE.CODE);
    }

    public Map<Long, String> skuCodes(Collection<Long> ids) {
        return dsl.select(SKU.ID, SKU.CODE).from(SKU).where(SKU.ID.in(ids)).fetchMap(SKU.ID, SKU.CODE);
    }
}
