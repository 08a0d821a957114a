package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.STOCK_SETTING;
import static org.jooq.impl.DSL.inline;

import io.storedesk.store.BulkInsert;
import io.storedesk.store.Chunks;
import io.storedesk.store.schema.tables.records.StockSettingRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Records;

/** The planning inputs of stock positions (safety stock, reorder point, lead time...), with versions. */
public final class StockSettingRepository {

    private final DSLContext dsl;

    public StockSettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insertSettings(List<StockSetting> settings) {
        BulkInsert.insert(dsl, settings.stream().map(s -> settingRecord(dsl, s)).toList());
    }

    /** Stores new settings, attributed to the user who imported or entered them. */
    public void insertSettings(List<StockSetting> settings, String user, Instant at) {
        BulkInsert.insert(dsl, settings.stream().map(s -> {
            StockSettingRecord r = settingRecord(dsl, s);
            r.setUpdatedBy(user);
            r.setUpdatedAt(at);
            return r;
        }).toList());
    }

    /** The stored settings of these positions, with their versions; positions without one are absent. */
    public Map<PositionKey, StoredSetting> settings(Collection<PositionKey> positions) {
        Map<PositionKey, StoredSetting> result = new HashMap<>();
        Set<PositionKey> wanted = new HashSet<>(positions);
        List<Long> warehouses = positions.stream().map(PositionKey::warehouseId).distinct().toList();
        for (List<Long> chunk : Chunks.of(positions.stream().map(PositionKey::skuId).toList())) {
            dsl.selectFrom(STOCK_SETTING)
                    .where(STOCK_SETTING.SKU_ID.in(chunk), STOCK_SETTING.WAREHOUSE_ID.in(warehouses))
                    .forEach(r -> {
                        StoredSetting stored = new StoredSetting(new StockSetting(r.getSkuId(), r.getWarehouseId(),
                                r.getSupplierId(), r.getSafetyStock(), r.getReorderPoint(), r.getMaxStock(),
                                r.getLeadTimeDays(), r.getMoq(), r.getPackSize(), r.getServiceLevel()),
                                r.getVersion());
                        if (wanted.contains(stored.key())) {
                            result.put(stored.key(), stored);
                        }
                    });
        }
        return result;
    }

    /**
     * Writes new values over settings that still carry the version the caller read; the others (changed
     * meanwhile by someone else) are returned untouched.
     */
    public List<StoredSetting> updateSettings(List<StoredSetting> settings, String user, Instant at) {
        if (settings.isEmpty()) {
            return List.of();
        }
        var batch = dsl.batch(dsl.update(STOCK_SETTING)
                .set(STOCK_SETTING.SUPPLIER_ID, (Long) null).set(STOCK_SETTING.SAFETY_STOCK, (Integer) null)
                .set(STOCK_SETTING.REORDER_POINT, (Integer) null).set(STOCK_SETTING.MAX_STOCK, (Integer) null)
                .set(STOCK_SETTING.LEAD_TIME_DAYS, (Integer) null).set(STOCK_SETTING.MOQ, (Integer) null)
                .set(STOCK_SETTING.PACK_SIZE, (Integer) null).set(STOCK_SETTING.SERVICE_LEVEL, (BigDecimal) null)
                .set(STOCK_SETTING.UPDATED_AT, (Instant) null).set(STOCK_SETTING.UPDATED_BY, (String) null)
                .set(STOCK_SETTING.VERSION, STOCK_SETTING.VERSION.plus(inline(1)))
                .where(STOCK_SETTING.SKU_ID.eq((Long) null), STOCK_SETTING.WAREHOUSE_ID.eq((Long) null),
                        STOCK_SETTING.VERSION.eq((Integer) null)));
        for (StoredSetting stored : settings) {
            StockSetting s = stored.setting();
            batch = batch.bind(s.supplierId(), s.safetyStock(), s.reorderPoint(), s.maxStock(), s.leadTimeDays(),
                    s.moq(), s.packSize(), s.serviceLevel(), at, user, s.skuId(), s.warehouseId(), stored.version());
        }
        return Chunks.untouched(settings, batch.execute());
    }

    /** Deletes settings that still carry the version the caller read; the others are returned untouched. */
    public List<StoredSetting> deleteSettings(List<StoredSetting> settings) {
        if (settings.isEmpty()) {
            return List.of();
        }
        var batch = dsl.batch(dsl.deleteFrom(STOCK_SETTING)
                .where(STOCK_SETTING.SKU_ID.eq((Long) null), STOCK_SETTING.WAREHOUSE_ID.eq((Long) null),
                        STOCK_SETTING.VERSION.eq((Integer) null)));
        for (StoredSetting stored : settings) {
            batch = batch.bind(stored.setting().skuId(), stored.setting().warehouseId(), stored.version());
        }
        return Chunks.untouched(settings, batch.execute());
    }

    public List<StockSetting> settings(long skuId) {
        return dsl.select(STOCK_SETTING.SKU_ID, STOCK_SETTING.WAREHOUSE_ID, STOCK_SETTING.SUPPLIER_ID,
                        STOCK_SETTING.SAFETY_STOCK, STOCK_SETTING.REORDER_POINT, STOCK_SETTING.MAX_STOCK,
                        STOCK_SETTING.LEAD_TIME_DAYS, STOCK_SETTING.MOQ, STOCK_SETTING.PACK_SIZE,
                        STOCK_SETTING.SERVICE_LEVEL)
                .from(STOCK_SETTING)
                .where(STOCK_SETTING.SKU_ID.eq(skuId))
                .orderBy(STOCK_SETTING.WAREHOUSE_ID)
                .fetch(Records.mapping(StockSetting::new));
    }

    private static StockSettingRecord settingRecord(DSLContext ctx, StockSetting s) {
        StockSettingRecord r = ctx.newRecord(STOCK_SETTING);
        r.setSkuId(s.skuId());
        r.setWarehouseId(s.warehouseId());
        r.setSupplierId(s.supplierId());
        r.setSafetyStock(s.safetyStock());
        r.setReorderPoint(s.reorderPoint());
        r.setMaxStock(s.maxStock());
        r.setLeadTimeDays(s.leadTimeDays());
        r.setMoq(s.moq());
        r.setPackSize(s.packSize());
        r.setServiceLevel(s.serviceLevel());
        return r;
    }
}
