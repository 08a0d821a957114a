package io.storedesk.catalog;

import static io.storedesk.store.schema.Tables.BUNDLE_COMPONENT;
import static io.storedesk.store.schema.Tables.CATEGORY;
import static io.storedesk.store.schema.Tables.CHANNEL_SKU;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.PRODUCT;
import static io.storedesk.store.schema.Tables.PURCHASE_ORDER_LINE;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.STOCK_BATCH;
import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static io.storedesk.store.schema.Tables.STOCK_MOVEMENT;
import static io.storedesk.store.schema.Tables.STOCK_RESERVATION;
import static io.storedesk.store.schema.Tables.STOCK_SETTING;
import static io.storedesk.store.schema.Tables.TICKET_LINE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.substring;

import io.storedesk.common.Money;
import io.storedesk.common.Page;
import io.storedesk.store.BatchUpdate;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.Chunks;
import io.storedesk.store.schema.tables.records.BundleComponentRecord;
import io.storedesk.store.schema.tables.records.CategoryRecord;
import io.storedesk.store.schema.tables.records.ChannelSkuRecord;
import io.storedesk.store.schema.tables.records.ProductRecord;
import io.storedesk.store.schema.tables.records.SkuRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record15;
import org.jooq.Record7;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Categories, products, SKUs, bundles and channel mappings in the store. */
public final class CatalogRepository {

    private final DSLContext dsl;

    public CatalogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores new categories (parents before children) and returns every category's id by code. */
    public Map<String, Long> insertCategories(List<Category> categories) {
        BulkInsert.insert(dsl, categories.stream().map(c -> {
            CategoryRecord r = dsl.newRecord(CATEGORY);
            r.setParentId(c.parentId());
            r.setCode(c.code());
            r.setName(c.name());
            r.setSortOrder(c.sortOrder());
            return r;
        }).toList());
        return categoryIdsByCode();
    }

    public Map<String, Long> categoryIdsByCode() {
        return dsl.select(CATEGORY.CODE, CATEGORY.ID).from(CATEGORY).fetchMap(CATEGORY.CODE, CATEGORY.ID);
    }

    public List<Category> categories() {
        return dsl.select(CATEGORY.ID, CATEGORY.PARENT_ID, CATEGORY.CODE, CATEGORY.NAME, CATEGORY.SORT_ORDER)
                .from(CATEGORY)
                .orderBy(CATEGORY.SORT_ORDER, CATEGORY.CODE)
                .fetch(Records.mapping(Category::new));
    }

    public Map<String, Long> insertProducts(List<Product> products) {
        BulkInsert.insert(dsl, products.stream().map(p -> toRecord(dsl, p)).toList());
        return dsl.select(PRODUCT.CODE, PRODUCT.ID).from(PRODUCT).fetchMap(PRODUCT.CODE, PRODUCT.ID);
    }

    public Optional<Product> findProduct(String code) {
        return selectProducts().where(PRODUCT.CODE.eq(code)).fetchOptional().map(CatalogRepository::toProduct);
    }

    /** Stores new SKUs, refreshes their search text and returns every SKU's id by code. */
    public Map<String, Long> insertSkus(List<Sku> skus) {
        dsl.transaction(() -> {
            // Thread-bound: joins the caller's unit of work if there is one (see Store).
            DSLContext ctx = dsl;
            BulkInsert.insert(ctx, skus.stream().map(s -> toRecord(ctx, s)).toList());
            refreshSearchText(ctx);
        });
        return skuIdsByCode();
    }

    public Map<String, Long> skuIdsByCode() {
        return dsl.select(SKU.CODE, SKU.ID).from(SKU).fetchMap(SKU.CODE, SKU.ID);
    }

    public Optional<Sku> findSku(String code) {
        return selectSkus().where(SKU.CODE.eq(code)).fetchOptional().map(CatalogRepository::toSku);
    }

    public void insertBundleComponents(List<BundleComponent> components) {
        BulkInsert.insert(dsl, components.stream().map(c -> {
            BundleComponentRecord r = dsl.newRecord(BUNDLE_COMPONENT);
            r.setBundleSkuId(c.bundleSkuId());
            r.setComponentSkuId(c.componentSkuId());
            r.setQuantity(c.quantity());
            return r;
        }).toList());
    }

    public List<BundleComponent> bundleComponents(long bundleSkuId) {
        return dsl.select(BUNDLE_COMPONENT.BUNDLE_SKU_ID, BUNDLE_COMPONENT.COMPONENT_SKU_ID, BUNDLE_COMPONENT.QUANTITY)
                .from(BUNDLE_COMPONENT)
                .where(BUNDLE_COMPONENT.BUNDLE_SKU_ID.eq(bundleSkuId))
                .orderBy(BUNDLE_COMPONENT.COMPONENT_SKU_ID)
                .fetch(Records.mapping(BundleComponent::new));
    }

    public void insertChannelSkus(List<ChannelSku> mappings) {
        BulkInsert.insert(dsl, mappings.stream().map(m -> {
            ChannelSkuRecord r = dsl.newRecord(CHANNEL_SKU);
            r.setChannelId(m.channelId());
            r.setSkuId(m.skuId());
            r.setExternalSku(m.externalSku());
            r.setExternalProductId(m.externalProductId());
            r.setExternalVariantId(m.externalVariantId());
            r.setListed(m.listed());
            return r;
        }).toList());
    }

    public List<ChannelSku> channelSkus(long skuId) {
        return dsl.select(CHANNEL_SKU.ID, CHANNEL_SKU.CHANNEL_ID, CHANNEL_SKU.SKU_ID, CHANNEL_SKU.EXTERNAL_SKU,
                        CHANNEL_SKU.EXTERNAL_PRODUCT_ID, CHANNEL_SKU.EXTERNAL_VARIANT_ID, CHANNEL_SKU.LISTED)
                .from(CHANNEL_SKU)
                .where(CHANNEL_SKU.SKU_ID.eq(skuId))
                .orderBy(CHANNEL_SKU.CHANNEL_ID)
                .fetch(Records.mapping(ChannelSku::new));
    }

    /** The SKUs with these codes, by code (codes not in the store are absent). */
    public Map<String, Sku> skusByCode(Collection<String> codes) {
        Map<String, Sku> result = new HashMap<>();
        forEachWithKey(SKU, SKU.CODE, codes, this::selectSkus, r -> result.put(r.value3(), toSku(r)));
        return result;
    }

    /** The products with these codes, by code. */
    public Map<String, Product> productsByCode(Collection<String> codes) {
        Map<String, Product> result = new HashMap<>();
        forEachWithKey(PRODUCT, PRODUCT.CODE, codes, this::selectProducts, r -> result.put(r.value2(), toProduct(r)));
        return result;
    }

    /** The SKUs with these ids, by id (ids not in the store are absent). */
    public Map<Long, Sku> skusById(Collection<Long> ids) {
        Map<Long, Sku> result = new HashMap<>();
        forEachWithKey(SKU, SKU.ID, ids, this::selectSkus, r -> result.put(r.value1(), toSku(r)));
        return result;
    }

    /** Who changed the SKU last, and when. */
    public Optional<LastChange> lastChange(long skuId) {
        return dsl.select(SKU.UPDATED_BY, SKU.UPDATED_AT).from(SKU).where(SKU.ID.eq(skuId))
                .fetchOptional(r -> new LastChange(r.value1(), r.value2()));
    }

    /** Who changed the product last, and when. */
    public Optional<LastChange> lastProductChange(long productId) {
        return dsl.select(PRODUCT.UPDATED_BY, PRODUCT.UPDATED_AT).from(PRODUCT).where(PRODUCT.ID.eq(productId))
                .fetchOptional(r -> new LastChange(r.value1(), r.value2()));
    }

    /** The products with these ids, by id. */
    public Map<Long, Product> productsById(Collection<Long> ids) {
        Map<Long, Product> result = new HashMap<>();
        forEachWithKey(PRODUCT, PRODUCT.ID, ids, this::selectProducts, r -> result.put(r.value1(), toProduct(r)));
        return result;
    }

    /**
     * The rows whose key is one of these: an IN list per 1,000 keys, or, when the keys name a large part of
     * the table (a whole catalog imported again), one pass over the table, which reads each page once
     * instead of looking every key up in the index.
     */
    private <R extends Record, K> void forEachWithKey(Table<?> table, Field<K> key, Collection<K> keys,
                                                      Supplier<SelectJoinStep<R>> select, Consumer<R> action) {
        Set<K> wanted = new LinkedHashSet<>(keys);
        if (wanted.size() >= 1_000 && wanted.size() * 4L >= dsl.fetchCount(table)) {
            try (Cursor<R> rows = select.get().fetchLazy()) {
                for (R r : rows) {
                    if (wanted.contains(r.get(key))) {
                        action.accept(r);
                    }
                }
            }
            return;
        }
        for (List<K> chunk : Chunks.of(wanted)) {
            select.get().where(key.in(chunk)).forEach(action);
        }
    }

    /** Stores new products and returns their ids in the order given. */
    public List<Long> insertProductsReturningIds(List<Product> products, String user) {
        return BulkInsert.insertReturningIds(dsl, products.stream().map(p -> {
            ProductRecord r = toRecord(dsl, p);
            r.setUpdatedBy(user);
            return r;
        }).toList());
    }

    /** Stores new SKUs (their search text included) and returns their ids in the order given. */
    public List<Long> insertSkusReturningIds(List<Sku> skus, String user) {
        List<Long> ids = BulkInsert.insertReturningIds(dsl, skus.stream().map(s -> {
            SkuRecord r = toRecord(dsl, s);
            r.setUpdatedBy(user);
            return r;
        }).toList());
        // In chunks: one IN list of 100,000 ids is more parameters than a statement may have.
        for (List<Long> chunk : Chunks.of(ids)) {
            refreshSearchText(dsl, SKU.ID.in(chunk));
        }
        return ids;
    }

    /**
     * Writes new values over SKUs that still carry the version the caller read; every other SKU (changed
     * meanwhile by someone else) is reported back untouched. The search text is written with the values, from
     * the new barcode and attributes and the product's title and tags as they are now (products are written
     * first), so no second write of the same rows is needed for it.
     */
    public List<Long> updateSkus(List<Sku> skus, String user, Instant at) {
        Field<Long> productId = DSL.val((Long) null, PRODUCT.ID);
        var update = dsl.update(SKU)
                .set(SKU.BARCODE, (String) null).set(SKU.ATTRIBUTES, (String) null).set(SKU.PRICE, (BigDecimal) null)
                .set(SKU.COST, (BigDecimal) null).set(SKU.CURRENCY, (String) null).set(SKU.WEIGHT_GRAMS, (Integer) null)
                .set(SKU.SHELF_LIFE_DAYS, (Integer) null).set(SKU.LIFECYCLE_STAGE, (String) null)
                .set(SKU.LISTED, (Boolean) null).set(SKU.KIND, (String) null).set(SKU.PRODUCT_ID, (Long) null)
                .set(SKU.UPDATED_AT, (Instant) null).set(SKU.UPDATED_BY, (String) null)
                .set(SKU.SEARCH_TEXT, searchText(SKU.CODE, productTitle(productId), DSL.val((String) null, SKU.BARCODE),
                        productTags(productId), DSL.val((String) null, SKU.ATTRIBUTES)))
                .set(SKU.VERSION, SKU.VERSION.plus(inline(1)))
                .where(SKU.ID.eq((Long) null)).and(SKU.VERSION.eq((Integer) null));
        // The search text's values in the order it renders them: title's product, barcode, tags' product, attributes.
        int[] counts = BatchUpdate.execute(dsl, update, skus, s -> new Object[] {s.barcode(), s.attributes(),
            s.price().amount(), s.cost() == null ? null : s.cost().amount(), s.price().currency(), s.weightGrams(),
            s.shelfLifeDays(), s.stage().name(), s.listed(), s.kind().name(), s.productId(), at, user,
            s.productId(), s.barcode(), s.productId(), s.attributes(), s.id(), s.version()});
        return stale(skus, Sku::id, counts);
    }

    /** Like updateSkus, for products. */
    public List<Long> updateProducts(List<Product> products, String user, Instant at) {
        var update = dsl.update(PRODUCT)
                .set(PRODUCT.TITLE, (String) null).set(PRODUCT.CATEGORY_ID, (Long) null)
                .set(PRODUCT.BRAND, (String) null).set(PRODUCT.TAGS, (String) null)
                .set(PRODUCT.UPDATED_AT, (Instant) null).set(PRODUCT.UPDATED_BY, (String) null)
                .set(PRODUCT.VERSION, PRODUCT.VERSION.plus(inline(1)))
                .where(PRODUCT.ID.eq((Long) null)).and(PRODUCT.VERSION.eq((Integer) null));
        int[] counts = BatchUpdate.execute(dsl, update, products, p -> new Object[] {p.title(), p.categoryId(),
            p.brand(), String.join(",", p.tags()), at, user, p.id(), p.version()});
        return stale(products, Product::id, counts);
    }

    /** Recomputes the search text of the SKUs of these products (after their titles or tags changed). */
    public void refreshSearchTextOfProducts(Collection<Long> productIds) {
        for (List<Long> chunk : Chunks.of(productIds)) {
            refreshSearchText(dsl, SKU.PRODUCT_ID.in(chunk));
        }
    }

    /** Recomputes the search text of these SKUs (after their barcodes or attributes changed). */
    public void refreshSearchTextOfSkus(Collection<Long> skuIds) {
        for (List<Long> chunk : Chunks.of(skuIds)) {
            refreshSearchText(dsl, SKU.ID.in(chunk));
        }
    }

    /** SKU ids among these that anything refers to (orders, stock, channels, bundles, tickets, purchases). */
    public Set<Long> skusInUse(Collection<Long> skuIds) {
        Set<Long> used = new HashSet<>();
        for (List<Long> chunk : Chunks.of(skuIds)) {
            for (var reference : List.of(ORDER_LINE.SKU_ID, STOCK_LEVEL.SKU_ID, STOCK_MOVEMENT.SKU_ID,
                    CHANNEL_SKU.SKU_ID, BUNDLE_COMPONENT.COMPONENT_SKU_ID, BUNDLE_COMPONENT.BUNDLE_SKU_ID,
                    TICKET_LINE.SKU_ID, PURCHASE_ORDER_LINE.SKU_ID, STOCK_SETTING.SKU_ID, STOCK_BATCH.SKU_ID,
                    STOCK_RESERVATION.SKU_ID)) {
                used.addAll(dsl.selectDistinct(reference).from(reference.getTable()).where(reference.in(chunk))
                        .fetch(reference));
            }
        }
        return used;
    }

    /** Product ids among these that still have SKUs. */
    public Set<Long> productsWithSkus(Collection<Long> productIds) {
        Set<Long> used = new HashSet<>();
        for (List<Long> chunk : Chunks.of(productIds)) {
            used.addAll(dsl.selectDistinct(SKU.PRODUCT_ID).from(SKU).where(SKU.PRODUCT_ID.in(chunk))
                    .fetch(SKU.PRODUCT_ID));
        }
        return used;
    }

    public void deleteSkus(Collection<Long> ids) {
        for (List<Long> chunk : Chunks.of(ids)) {
            dsl.deleteFrom(SKU).where(SKU.ID.in(chunk)).execute();
        }
    }

    public void deleteProducts(Collection<Long> ids) {
        for (List<Long> chunk : Chunks.of(ids)) {
            dsl.deleteFrom(PRODUCT).where(PRODUCT.ID.in(chunk)).execute();
        }
    }

    /**
     * The SKUs with these ids with all their fields, in the order of the ids, handed over one at a time
     * (read a thousand at a time) so a large catalog never sits in memory.
     */
    public void exportLines(List<Long> ids, Consumer<CatalogLine> sink) {
        var parent = CATEGORY.as("parent");
        Field<String> path = DSL.when(parent.NAME.isNull(), CATEGORY.NAME)
                .otherwise(concat(parent.NAME, inline("/"), CATEGORY.NAME));
        for (int from = 0; from < ids.size(); from += 1_000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
            Map<Long, CatalogLine> lines = new HashMap<>();
            dsl.select(SKU.ID, SKU.CODE, PRODUCT.CODE, PRODUCT.TITLE, path, PRODUCT.BRAND, PRODUCT.TAGS, SKU.BARCODE,
                            SKU.ATTRIBUTES, SKU.PRICE, SKU.COST, SKU.CURRENCY, SKU.WEIGHT_GRAMS, SKU.SHELF_LIFE_DAYS,
                            SKU.LIFECYCLE_STAGE, SKU.LISTED)
                    .from(SKU)
                    .join(PRODUCT).on(PRODUCT.ID.eq(SKU.PRODUCT_ID))
                    .leftJoin(CATEGORY).on(CATEGORY.ID.eq(PRODUCT.CATEGORY_ID))
                    .leftJoin(parent).on(parent.ID.eq(CATEGORY.PARENT_ID))
                    .where(SKU.ID.in(chunk))
                    .forEach(r -> {
                        String currency = r.value12();
                        lines.put(r.value1(), new CatalogLine(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                                r.value7(), r.value8(), r.value9(), new Money(r.value10(), currency),
                                r.value11() == null ? null : new Money(r.value11(), currency), r.value13(), r.value14(),
                                LifecycleStage.valueOf(r.value15()), r.value16()));
                    });
            chunk.stream().map(lines::get).filter(Objects::nonNull).forEach(sink);
        }
    }

    /**
     * Changes whenever a SKU, product or category is added, changed or removed: per table the number of rows,
     * the sum of their versions (every update raises one) and the highest id (an insert and a delete together
     * leave the count as it was, never the highest id). Unlike the newest updated_at, it does not depend on
     * the clocks of the desks that wrote.
     */
    public String changeMarker() {
        return changeMarker(SKU, SKU.ID, SKU.VERSION) + " " + changeMarker(PRODUCT, PRODUCT.ID, PRODUCT.VERSION) + " "
                + changeMarker(CATEGORY, CATEGORY.ID, CATEGORY.VERSION);
    }

    private String changeMarker(Table<?> table, Field<Long> id, Field<Integer> version) {
        var r = dsl.select(DSL.count(), DSL.sum(version), DSL.max(id)).from(table).fetchSingle();
        return r.value1() + ":" + (r.value2() == null ? 0 : r.value2().longValue()) + ":"
                + (r.value3() == null ? 0 : r.value3());
    }

    public long countSkus() {
        return dsl.fetchCount(SKU);
    }

    /** The ids of the rows an update changed nothing of (someone else changed them first). */
    private static <T> List<Long> stale(List<T> rows, ToLongFunction<T> id, int[] counts) {
        List<Long> stale = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                stale.add(id.applyAsLong(rows.get(i)));
            }
        }
        return stale;
    }


    private static ProductRecord toRecord(DSLContext ctx, Product p) {
        ProductRecord r = ctx.newRecord(PRODUCT);
        r.setCode(p.code());
        r.setTitle(p.title());
        r.setCategoryId(p.categoryId());
        r.setBrand(p.brand());
        r.setTags(String.join(",", p.tags()));
        return r;
    }

    /** The columns a Product holds, and no more: reading audit columns for every row of a large table costs. */
    private SelectJoinStep<Record7<Long, String, String, Long, String, String, Integer>> selectProducts() {
        return dsl.select(PRODUCT.ID, PRODUCT.CODE, PRODUCT.TITLE, PRODUCT.CATEGORY_ID, PRODUCT.BRAND, PRODUCT.TAGS,
                PRODUCT.VERSION).from(PRODUCT);
    }

    private static Product toProduct(Record7<Long, String, String, Long, String, String, Integer> r) {
        return new Product(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), splitTags(r.value6()),
                r.value7());
    }

    private static void refreshSearchText(DSLContext ctx) {
        refreshSearchText(ctx, DSL.noCondition());
    }

    /** Rewrites the search text of the SKUs that match which and whose text is not what it should be. */
    private static void refreshSearchText(DSLContext ctx, Condition which) {
        Field<String> text = searchText(SKU.CODE, productTitle(SKU.PRODUCT_ID), SKU.BARCODE, productTags(SKU.PRODUCT_ID),
                SKU.ATTRIBUTES);
        // A SKU updateSkus already wrote with its product's new title is not written a second time.
        ctx.update(SKU).set(SKU.SEARCH_TEXT, text).where(which).and(SKU.SEARCH_TEXT.ne(text)).execute();
    }

    private static Field<String> productTitle(Field<Long> productId) {
        return select(PRODUCT.TITLE).from(PRODUCT).where(PRODUCT.ID.eq(productId)).asField();
    }

    private static Field<String> productTags(Field<Long> productId) {
        return select(PRODUCT.TAGS).from(PRODUCT).where(PRODUCT.ID.eq(productId)).asField();
    }

    /**
     * What search-as-you-type matches, lower case: code, title, barcode, tags and attributes. Together they can
     * pass the column's 1000 characters (64 + 200 + 32 + 500 + 500); the tail of such a long line is left out
     * of search. Constants are inlined: updateSkus renders this once and binds only its own values.
     */
    private static Field<String> searchText(Field<String> code, Field<String> title, Field<String> barcode,
                                            Field<String> tags, Field<String> attributes) {
        Field<String> sep = inline("|");
        Field<String> none = inline("");
        return substring(lower(concat(code, sep, coalesce(title, none), sep, coalesce(barcode, none), sep,
                coalesce(tags, none), sep, coalesce(attributes, none))), inline(1), inline(1000));
    }

    private static SkuRecord toRecord(DSLContext ctx, Sku s) {
        SkuRecord r = ctx.newRecord(SKU);
        r.setProductId(s.productId());
        r.setCode(s.code());
        r.setBarcode(s.barcode());
        r.setAttributes(s.attributes());
        r.setPrice(s.price().amount());
        r.setCost(s.cost() == null ? null : s.cost().amount());
        r.setCurrency(s.price().currency());
        r.setWeightGrams(s.weightGrams());
        r.setShelfLifeDays(s.shelfLifeDays());
        r.setLifecycleStage(s.stage().name());
        r.setListed(s.listed());
        r.setKind(s.kind().name());
        r.setBundle(s.bundle());
        return r;
    }

    /** The columns a Sku holds (not its search text nor the audit columns), as in selectProducts. */
    private SelectJoinStep<Record15<Long, Long, String, String, String, BigDecimal, BigDecimal, String, Integer,
            Integer, String, Boolean, String, Boolean, Integer>> selectSkus() {
        return dsl.select(SKU.ID, SKU.PRODUCT_ID, SKU.CODE, SKU.BARCODE, SKU.ATTRIBUTES, SKU.PRICE, SKU.COST,
                SKU.CURRENCY, SKU.WEIGHT_GRAMS, SKU.SHELF_LIFE_DAYS, SKU.LIFECYCLE_STAGE, SKU.LISTED, SKU.KIND,
                SKU.BUNDLE, SKU.VERSION).from(SKU);
    }

    private static Sku toSku(Record15<Long, Long, String, String, String, BigDecimal, BigDecimal, String, Integer,
            Integer, String, Boolean, String, Boolean, Integer> r) {
        String currency = r.value8();
        Money cost = r.value7() == null ? null : new Money(r.value7(), currency);
        return new Sku(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), new Money(r.value6(), currency),
                cost, r.value9(), r.value10(), LifecycleStage.valueOf(r.value11()), r.value12(),
                SkuKind.valueOf(r.value13()), r.value14(), r.value15());
    }

    private static List<String> splitTags(String tags) {
        return tags == null || tags.isBlank() ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).toList();
    }
}
