package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.BUNDLE_COMPONENT;
import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.CHANNEL_WAREHOUSE;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** A channel's stock policy, the warehouses that ship its orders, and what is available in them. */
public final class ChannelStockRepository {

    private final DSLContext dsl;

    public ChannelStockRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The channel's id, policy and version by its code. */
    public Optional<ChannelPolicyRow> policy(String channelCode) {
        return dsl.select(CHANNEL.ID, CHANNEL.STOCK_RATIO, CHANNEL.STOCK_BUFFER, CHANNEL.VERSION).from(CHANNEL)
                .where(CHANNEL.CODE.eq(channelCode))
                .fetchOptional(r -> new ChannelPolicyRow(r.value1(), new ChannelStockPolicy(r.value2(), r.value3()),
                        r.value4()));
    }

    /** Every active channel's code, name and policy, by code. */
    public List<ChannelPolicyView> policies() {
        return dsl.select(CHANNEL.ID, CHANNEL.CODE, CHANNEL.NAME, CHANNEL.STOCK_RATIO, CHANNEL.STOCK_BUFFER,
                        CHANNEL.VERSION)
                .from(CHANNEL)
                .where(CHANNEL.ACTIVE.isTrue())
                .orderBy(CHANNEL.CODE)
                .fetch(r -> new ChannelPolicyView(r.value2(), r.value3(), new ChannelPolicyRow(r.value1(),
                        new ChannelStockPolicy(r.value4(), r.value5()), r.value6())));
    }

    /** Writes a policy if the channel still has the version it was read at; false otherwise. */
    public boolean savePolicy(ChannelPolicyRow row, ChannelStockPolicy policy, String user, Instant at) {
        return dsl.update(CHANNEL)
                .set(CHANNEL.STOCK_RATIO, policy.ratio())
                .set(CHANNEL.STOCK_BUFFER, policy.buffer())
                .set(CHANNEL.VERSION, CHANNEL.VERSION.plus(1))
                .set(CHANNEL.UPDATED_AT, at)
                .set(CHANNEL.UPDATED_BY, user)
                .where(CHANNEL.ID.eq(row.channelId()), CHANNEL.VERSION.eq(row.version()))
                .execute() == 1;
    }

    /**
     * Available units (on hand less reserved, summed over the warehouses that ship the channel's orders;
     * every warehouse when the channel names none) per SKU, with the SKU's code and whether it is a bundle.
     * Bundles hold no stock of their own: they are listed with 0 and their parts come from {@link #parts}.
     */
    public List<SkuAvailability> available(long channelId) {
        List<Long> eligible = dsl.select(CHANNEL_WAREHOUSE.WAREHOUSE_ID).from(CHANNEL_WAREHOUSE)
                .where(CHANNEL_WAREHOUSE.CHANNEL_ID.eq(channelId)).fetch(CHANNEL_WAREHOUSE.WAREHOUSE_ID);
        Condition inWarehouses = eligible.isEmpty() ? DSL.noCondition() : STOCK_LEVEL.WAREHOUSE_ID.in(eligible);
        Map<Long, Long> bySku = new HashMap<>();
        dsl.select(STOCK_LEVEL.SKU_ID, sum(STOCK_LEVEL.ON_HAND.minus(STOCK_LEVEL.RESERVED)))
                .from(STOCK_LEVEL)
                .where(inWarehouses)
                .groupBy(STOCK_LEVEL.SKU_ID)
                .forEach(r -> bySku.put(r.value1(), r.value2() == null ? 0 : ((BigDecimal) r.value2()).longValue()));
        List<SkuAvailability> result = new ArrayList<>();
        dsl.select(SKU.ID, SKU.CODE, SKU.BUNDLE).from(SKU)
                .where(SKU.KIND.eq("GOODS"))
                .orderBy(SKU.CODE)
                .forEach(r -> result.add(new SkuAvailability(r.value1(), r.value2(), r.value3(),
                        bySku.getOrDefault(r.value1(), 0L))));
        return result;
    }

    /** The parts of every bundle: bundle SKU id → (part SKU id → units per bundle). */
    public Map<Long, Map<Long, Integer>> parts() {
        Map<Long, Map<Long, Integer>> result = new LinkedHashMap<>();
        dsl.select(BUNDLE_COMPONENT.BUNDLE_SKU_ID, BUNDLE_COMPONENT.COMPONENT_SKU_ID, BUNDLE_COMPONENT.QUANTITY)
                .from(BUNDLE_COMPONENT)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(),
                        r.value3()));
        return result;
    }

    /** A channel's policy as stored, with what a change must still find. */
    public record ChannelPolicyRow(long channelId, ChannelStockPolicy policy, int version) {
    }

    /** A channel as the policy editor lists it. */
    public record ChannelPolicyView(String code, String name, ChannelPolicyRow row) {
    }

    /** One SKU's available units over the channel's warehouses. */
    public record SkuAvailability(long skuId, String code, boolean bundle, long available) {
    }
}
