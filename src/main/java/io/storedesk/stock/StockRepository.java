package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.PRODUCT;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.STOCK_BATCH;
import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static io.storedesk.store.schema.Tables.STOCK_SETTING;
import static io.storedesk.store.schema.Tables.SUPPLIER;
import static io.storedesk.store.schema.Tables.WAREHOUSE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import io.storedesk.common.Page;
import io.storedesk.common.TextInput;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.SupplierRecord;
import io.storedesk.store.schema.tables.records.WarehouseRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;

/**
 * Where stock is kept and who supplies it, and the stock positions as the warning pane lists them. Levels,
 * batches and the ledger are written by {@link StockLedgerRepository}; settings, reservations, purchase
 * orders and transfers have repositories of their own.
 */
public final class StockRepository {

    private final DSLContext dsl;

    public StockRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<String, Long> insertWarehouses(List<Warehouse> warehouses) {
        BulkInsert.insert(dsl, warehouses.stream().map(w -> {
            WarehouseRecord r = dsl.newRecord(WAREHOUSE);
            r.setCode(w.code());
            r.setName(w.name());
            r.setProvince(w.province());
            r.setCity(w.city());
            r.setAddress(w.address());
            r.setPriority(w.priority());
            r.setActive(w.active());
            return r;
        }).toList());
        return dsl.select(WAREHOUSE.CODE, WAREHOUSE.ID).from(WAREHOUSE).fetchMap(WAREHOUSE.CODE, WAREHOUSE.ID);
    }

    public List<Warehouse> warehouses() {
        return dsl.select(WAREHOUSE.ID, WAREHOUSE.CODE, WAREHOUSE.NAME, WAREHOUSE.PROVINCE, WAREHOUSE.CITY,
                        WAREHOUSE.ADDRESS, WAREHOUSE.PRIORITY, WAREHOUSE.ACTIVE)
                .from(WAREHOUSE)
                .orderBy(WAREHOUSE.PRIORITY, WAREHOUSE.CODE)
                .fetch(Records.mapping(Warehouse::new));
    }

    public Map<String, Long> insertSuppliers(List<Supplier> suppliers) {
        BulkInsert.insert(dsl, suppliers.stream().map(s -> {
            SupplierRecord r = dsl.newRecord(SUPPLIER);
            r.setCode(s.code());
            r.setName(s.name());
            r.setContact(s.contact());
            r.setPhone(s.phone());
            r.setProvince(s.province());
            r.setCity(s.city());
            r.setLeadTimeDays(s.leadTimeDays());
            r.setCurrency(s.currency());
            return r;
        }).toList());
        return dsl.select(SUPPLIER.CODE, SUPPLIER.ID).from(SUPPLIER).fetchMap(SUPPLIER.CODE, SUPPLIER.ID);
    }

    public List<Supplier> suppliers() {
        return dsl.select(SUPPLIER.ID, SUPPLIER.CODE, SUPPLIER.NAME, SUPPLIER.CONTACT, SUPPLIER.PHONE,
                        SUPPLIER.PROVINCE, SUPPLIER.CITY, SUPPLIER.LEAD_TIME_DAYS, SUPPLIER.CURRENCY)
                .from(SUPPLIER)
                .orderBy(SUPPLIER.CODE)
                .fetch(Records.mapping(Supplier::new));
    }

    /** The SKU with this code, if the catalog has it. */
    public Optional<Long> skuId(String code) {
        return dsl.select(SKU.ID).from(SKU).where(SKU.CODE.eq(code)).fetchOptional(SKU.ID);
    }

    /** The codes a person knows a position by, for messages; "#id" for a SKU or warehouse that is gone. */
    public PositionName name(PositionKey position) {
        String sku = dsl.select(SKU.CODE).from(SKU).where(SKU.ID.eq(position.skuId())).fetchOptional(SKU.CODE)
                .orElse("#" + position.skuId());
        String warehouse = dsl.select(WAREHOUSE.CODE).from(WAREHOUSE).where(WAREHOUSE.ID.eq(position.warehouseId()))
                .fetchOptional(WAREHOUSE.CODE).orElse("#" + position.warehouseId());
        return new PositionName(sku, warehouse);
    }

    /**
     * Stock positions whose SKU or warehouse matches the text, worst first. The ORDER BY mirrors
     * {@link StockStatus#of}; a test holds the two together.
     */
    public Page<StockPosition> positions(String text, int limit) {
        String t = text == null ? "" : TextInput.forSearch(text.strip());
        Condition where = t.isEmpty() ? DSL.noCondition()
                : SKU.SEARCH_TEXT.contains(t.toLowerCase(Locale.ROOT))
                        .or(WAREHOUSE.NAME.contains(t))
                        .or(WAREHOUSE.CODE.containsIgnoreCase(t));
        Field<Integer> available = STOCK_LEVEL.ON_HAND.minus(STOCK_LEVEL.RESERVED);
        Field<Integer> severity = when(available.lt(0), inline(0))
                .when(available.eq(0), inline(1))
                .when(STOCK_SETTING.SAFETY_STOCK.isNotNull().and(available.lt(STOCK_SETTING.SAFETY_STOCK)), inline(2))
                .when(STOCK_SETTING.MAX_STOCK.isNotNull().and(STOCK_LEVEL.ON_HAND.gt(STOCK_SETTING.MAX_STOCK)), inline(3))
                .otherwise(inline(4));
        Field<LocalDate> nearestExpiry = select(min(STOCK_BATCH.EXPIRY_DATE)).from(STOCK_BATCH)
                .where(STOCK_BATCH.SKU_ID.eq(STOCK_LEVEL.SKU_ID), STOCK_BATCH.WAREHOUSE_ID.eq(STOCK_LEVEL.WAREHOUSE_ID),
                        STOCK_BATCH.QUANTITY.gt(0))
                .asField("nearest_expiry");
        var from = STOCK_LEVEL
                .join(SKU).on(SKU.ID.eq(STOCK_LEVEL.SKU_ID))
                .join(PRODUCT).on(PRODUCT.ID.eq(SKU.PRODUCT_ID))
                .join(WAREHOUSE).on(WAREHOUSE.ID.eq(STOCK_LEVEL.WAREHOUSE_ID))
                .leftJoin(STOCK_SETTING).on(STOCK_SETTING.SKU_ID.eq(STOCK_LEVEL.SKU_ID),
                        STOCK_SETTING.WAREHOUSE_ID.eq(STOCK_LEVEL.WAREHOUSE_ID));
        long total = dsl.fetchCount(dsl.selectOne().from(from).where(where));
        List<StockPosition> rows = dsl.select(STOCK_LEVEL.SKU_ID, SKU.CODE, PRODUCT.TITLE, SKU.ATTRIBUTES, WAREHOUSE.CODE,
                        WAREHOUSE.NAME, STOCK_LEVEL.ON_HAND, STOCK_LEVEL.RESERVED, STOCK_LEVEL.IN_TRANSIT,
                        STOCK_SETTING.SAFETY_STOCK, STOCK_SETTING.MAX_STOCK, nearestExpiry)
                .from(from)
                .where(where)
                .orderBy(severity, SKU.CODE, WAREHOUSE.PRIORITY)
                .limit(limit)
                .fetch(Records.mapping(StockPosition::new));
        return new Page<>(rows, total);
    }

    public long countPositions() {
        return dsl.fetchCount(STOCK_LEVEL);
    }
}
