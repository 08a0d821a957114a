package io.storedesk.catalog;

import static io.storedesk.store.schema.Tables.BUNDLE_COMPONENT;
import static io.storedesk.store.schema.Tables.CATEGORY;
import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.CHANNEL_SKU;
import static io.storedesk.store.schema.Tables.PRODUCT;
import static io.storedesk.store.schema.Tables.SKU;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;

import io.storedesk.common.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record15;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/** The catalog pane's reads: the filtered, sorted table, the category tree with counts, one SKU's detail. */
public final class CatalogSearchRepository {

    private final DSLContext dsl;

    public CatalogSearchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** How many SKUs, products and categories there are and when each last changed. */
    public CatalogFingerprint fingerprint() {
        var skus = dsl.select(count(), max(SKU.UPDATED_AT)).from(SKU).fetchOne();
        var products = dsl.select(count(), max(PRODUCT.UPDATED_AT)).from(PRODUCT).fetchOne();
        var categories = dsl.select(count(), max(CATEGORY.UPDATED_AT)).from(CATEGORY).fetchOne();
        return new CatalogFingerprint(skus.value1(), skus.value2(), products.value1(), products.value2(),
                categories.value1(), categories.value2());
    }

    /**
     * What the search index needs of every SKU, ordered by SKU code. Read as three plain scans joined here:
     * a join in the database looks each SKU's product up one by one, several times slower on large catalogs.
     */
    public List<SkuIndexRow> indexRows() {
        Map<Long, Category> categories = new HashMap<>();
        dsl.select(CATEGORY.ID, CATEGORY.PARENT_ID, CATEGORY.CODE, CATEGORY.NAME, CATEGORY.SORT_ORDER).from(CATEGORY)
                .forEach(r -> categories.put(r.value1(), new Category(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5())));
        Map<Long, IndexedProduct> products = new HashMap<>();
        try (var cursor = dsl.select(PRODUCT.ID, PRODUCT.CODE, PRODUCT.TITLE, PRODUCT.CATEGORY_ID).from(PRODUCT)
                .fetchSize(5_000).fetchLazy()) {
            cursor.forEach(r -> products.put(r.value1(), new IndexedProduct(r.value2(), r.value3(), r.value4())));
        }
        List<SkuIndexRow> rows = new ArrayList<>(products.size() * 2);
        try (var cursor = dsl.select(SKU.ID, SKU.SEARCH_TEXT, SKU.PRODUCT_ID, SKU.CODE, SKU.PRICE, SKU.COST,
                        SKU.CURRENCY, SKU.LIFECYCLE_STAGE, SKU.LISTED)
                .from(SKU).fetchSize(5_000).fetchLazy()) {
            for (var r : cursor) {
                IndexedProduct product = products.get(r.value3());
                Category category = product.categoryId() == null ? null : categories.get(product.categoryId());
                Category top = category == null || category.parentId() == null ? category
                        : categories.get(category.parentId());
                String currency = r.value7();
                rows.add(new SkuIndexRow(r.value1(), r.value2(), category == null ? null : category.id(),
                        category == null ? null : category.parentId(), top == null ? null : top.sortOrder(),
                        category == null ? null : category.sortOrder(), category == null ? null : category.name(),
                        product.code(), product.title(), r.value4(), new Money(r.value5(), currency),
                        r.value6() == null ? null : new Money(r.value6(), currency),
                        LifecycleStage.valueOf(r.value8()), r.value9()));
            }
        }
        // Sorted here too: a large result sorted by the database spills to disk and takes seconds.
        rows.sort(Comparator.comparing(SkuIndexRow::code));
        return rows;
    }

    private record IndexedProduct(String code, String title, Long categoryId) {
    }

    /** The SKUs with these ids, in the order of the ids (ids no longer stored are left out). */
    public List<SkuRow> rows(List<Long> ids) {
        Map<Long, SkuRow> byId = new HashMap<>();
        rowsFrom().where(SKU.ID.in(ids)).forEach(r -> {
            SkuRow row = toSkuRow(r);
            byId.put(row.id(), row);
        });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public Optional<SkuRow> row(long skuId) {
        return rowsFrom().where(SKU.ID.eq(skuId)).fetchOptional(CatalogSearchRepository::toSkuRow);
    }

    /** The SKUs of one product, by code. */
    public List<SkuRow> productSkus(long productId) {
        return rowsFrom().where(SKU.PRODUCT_ID.eq(productId)).orderBy(SKU.CODE).fetch(CatalogSearchRepository::toSkuRow);
    }

    private SelectJoinStep<Record15<Long, String, String, String, String, String, String, BigDecimal, BigDecimal,
            String, String, Boolean, String, String, Integer>> rowsFrom() {
        return dsl.select(SKU.ID, SKU.CODE, PRODUCT.CODE, PRODUCT.TITLE, CATEGORY.NAME, SKU.ATTRIBUTES, SKU.BARCODE,
                        SKU.PRICE, SKU.COST, SKU.CURRENCY, SKU.LIFECYCLE_STAGE, SKU.LISTED, SKU.KIND, PRODUCT.TAGS,
                        SKU.VERSION)
                .from(SKU)
                .join(PRODUCT).on(PRODUCT.ID.eq(SKU.PRODUCT_ID))
                .leftJoin(CATEGORY).on(CATEGORY.ID.eq(PRODUCT.CATEGORY_ID));
    }

    /** Every category with its SKU count (a top-level category adds its children's), and the SKUs in none. */
    public CategoryTree categoryTree() {
        Map<Long, Long> direct = new HashMap<>();
        long[] uncategorised = {0};
        dsl.select(PRODUCT.CATEGORY_ID, count()).from(SKU).join(PRODUCT).on(PRODUCT.ID.eq(SKU.PRODUCT_ID))
                .groupBy(PRODUCT.CATEGORY_ID)
                .forEach(r -> {
                    if (r.value1() == null) {
                        uncategorised[0] = r.value2();
                    } else {
                        direct.put(r.value1(), (long) r.value2());
                    }
                });
        List<Category> categories = dsl.select(CATEGORY.ID, CATEGORY.PARENT_ID, CATEGORY.CODE, CATEGORY.NAME,
                        CATEGORY.SORT_ORDER)
                .from(CATEGORY).orderBy(CATEGORY.SORT_ORDER, CATEGORY.CODE)
                .fetch(r -> new Category(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        Map<Long, Long> withChildren = new HashMap<>(direct);
        for (Category c : categories) {
            if (c.parentId() != null) {
                withChildren.merge(c.parentId(), direct.getOrDefault(c.id(), 0L), Long::sum);
            }
        }
        List<CategoryCount> counts = new ArrayList<>(categories.size());
        long total = uncategorised[0];
        for (Category c : categories) {
            counts.add(new CategoryCount(c.id(), c.parentId(), c.code(), c.name(), withChildren.getOrDefault(c.id(), 0L)));
            total += direct.getOrDefault(c.id(), 0L);
        }
        return new CategoryTree(counts, uncategorised[0], total);
    }

    /** "纸尿裤湿巾 / 纸尿裤" for a sub-category, the name alone for a top-level one; empty without one. */
    public String categoryPath(Long categoryId) {
        if (categoryId == null) {
            return "";
        }
        var parent = CATEGORY.as("parent");
        return dsl.select(parent.NAME, CATEGORY.NAME).from(CATEGORY)
                .leftJoin(parent).on(parent.ID.eq(CATEGORY.PARENT_ID))
                .where(CATEGORY.ID.eq(categoryId))
                .fetchOptional(r -> r.value1() == null ? r.value2() : r.value1() + " / " + r.value2())
                .orElse("");
    }

    public List<ChannelListing> listings(long skuId) {
        return dsl.select(CHANNEL.CODE, CHANNEL.NAME, CHANNEL_SKU.EXTERNAL_SKU, CHANNEL_SKU.LISTED)
                .from(CHANNEL_SKU).join(CHANNEL).on(CHANNEL.ID.eq(CHANNEL_SKU.CHANNEL_ID))
                .where(CHANNEL_SKU.SKU_ID.eq(skuId))
                .orderBy(CHANNEL.CODE)
                .fetch(r -> new ChannelListing(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** A bundle's components: SKU id, code, title and quantity per bundle. */
    public List<BundleLine> bundleLines(long bundleSkuId) {
        return dsl.select(SKU.ID, SKU.CODE, PRODUCT.TITLE, BUNDLE_COMPONENT.QUANTITY)
                .from(BUNDLE_COMPONENT)
                .join(SKU).on(SKU.ID.eq(BUNDLE_COMPONENT.COMPONENT_SKU_ID))
                .join(PRODUCT).on(PRODUCT.ID.eq(SKU.PRODUCT_ID))
                .where(BUNDLE_COMPONENT.BUNDLE_SKU_ID.eq(bundleSkuId))
                .orderBy(SKU.CODE)
                .fetch(r -> new BundleLine(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** One component line of a bundle as stored. */
    public record BundleLine(long skuId, String code, String title, int quantity) {
    }

    static SkuRow toSkuRow(Record r) {
        String currency = r.get(SKU.CURRENCY);
        Money cost = r.get(SKU.COST) == null ? null : new Money(r.get(SKU.COST), currency);
        return new SkuRow(r.get(SKU.ID), r.get(SKU.CODE), r.get(PRODUCT.CODE), r.get(PRODUCT.TITLE),
                r.get(CATEGORY.NAME), r.get(SKU.ATTRIBUTES), r.get(SKU.BARCODE), new Money(r.get(SKU.PRICE), currency),
                cost, LifecycleStage.valueOf(r.get(SKU.LIFECYCLE_STAGE)), r.get(SKU.LISTED),
                SkuKind.valueOf(r.get(SKU.KIND)), r.get(PRODUCT.TAGS), r.get(SKU.VERSION));
    }
}
