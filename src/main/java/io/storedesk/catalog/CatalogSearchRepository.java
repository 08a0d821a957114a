package io.storedesk.catalog;

import static io.storedesk.store.schema.Tables.BUNDLE_COMPONENT;
import static io.storedesk.store.schema.Tables.CATEGORY;
import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.CHANNEL_SKU;
import static io.storedesk.store.schema.Tables.PRODUCT;
import static io.storedesk.store.schema.Tables.SKU;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;

import io.storedesk.common.Money;
import io.storedesk.common.Page;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record15;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** The catalog pane's reads: the filtered, sorted table, the category tree with counts, one SKU's detail. */
public final class CatalogSearchRepository {

    private static final BigDecimal LOW_LIMIT = BigDecimal.ONE.subtract(MarginBand.MEDIUM_FROM);
    private static final BigDecimal MEDIUM_LIMIT = BigDecimal.ONE.subtract(MarginBand.HIGH_FROM);

    private final DSLContext dsl;

    public CatalogSearchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One page of the SKUs the query matches, with how many match in all. */
    public Page<SkuRow> search(CatalogQuery query) {
        Condition where = condition(query);
        long total = dsl.selectCount().from(SKU).join(PRODUCT).on(PRODUCT.ID.eq(SKU.PRODUCT_ID)).where(where)
                .fetchOne(0, Long.class);
        if (total == 0) {
            return Page.empty();
        }
        List<SkuRow> rows = rowsFrom()
                .where(where)
                .orderBy(order(query))
                .limit(query.limit()).offset(query.offset())
                .fetch(CatalogSearchRepository::toSkuRow);
        return new Page<>(rows, Math.max(total, rows.size()));
    }

    /** The SKUs with these ids, in the query's order. */
    public List<SkuRow> rows(List<Long> ids) {
        return rowsFrom().where(SKU.ID.in(ids)).orderBy(SKU.CODE).fetch(CatalogSearchRepository::toSkuRow);
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

    private static Condition condition(CatalogQuery q) {
        List<Condition> all = new ArrayList<>();
        if (!q.text().isEmpty()) {
            all.add(SKU.SEARCH_TEXT.contains(q.text()));
        }
        if (q.categoryId() != null) {
            all.add(q.categoryId() == CatalogQuery.UNCATEGORISED ? PRODUCT.CATEGORY_ID.isNull()
                    : PRODUCT.CATEGORY_ID.in(select(CATEGORY.ID).from(CATEGORY)
                            .where(CATEGORY.ID.eq(q.categoryId()).or(CATEGORY.PARENT_ID.eq(q.categoryId())))));
        }
        if (q.stage() != null) {
            all.add(SKU.LIFECYCLE_STAGE.eq(q.stage().name()));
        }
        if (q.listed() != null) {
            all.add(SKU.LISTED.eq(q.listed()));
        }
        if (q.marginBand() != null) {
            all.add(band(q.marginBand()));
        }
        return DSL.and(all);
    }

    /** The same comparisons as {@link MarginBand#of}: cost against 80 % and 60 % of the price. */
    private static Condition band(MarginBand band) {
        Condition priced = SKU.COST.isNotNull().and(SKU.PRICE.gt(BigDecimal.ZERO));
        return switch (band) {
            case NO_COST -> SKU.COST.isNull().or(SKU.PRICE.eq(BigDecimal.ZERO));
            case NEGATIVE -> priced.and(SKU.COST.gt(SKU.PRICE));
            case LOW -> priced.and(SKU.COST.le(SKU.PRICE)).and(SKU.COST.gt(SKU.PRICE.times(inline(LOW_LIMIT))));
            case MEDIUM -> priced.and(SKU.COST.le(SKU.PRICE.times(inline(LOW_LIMIT))))
                    .and(SKU.COST.gt(SKU.PRICE.times(inline(MEDIUM_LIMIT))));
            case HIGH -> priced.and(SKU.COST.le(SKU.PRICE.times(inline(MEDIUM_LIMIT))));
        };
    }

    private static List<SortField<?>> order(CatalogQuery q) {
        List<Field<?>> keys = switch (q.sort()) {
            case CATALOG -> List.of(CATEGORY.SORT_ORDER, PRODUCT.CODE);
            case CODE -> List.of();
            case TITLE -> List.of(PRODUCT.TITLE);
            case CATEGORY -> List.of(CATEGORY.NAME);
            case PRICE -> List.of(SKU.PRICE);
            case COST -> List.of(SKU.COST);
            case MARGIN -> List.of(SKU.PRICE.minus(SKU.COST).div(DSL.nullif(SKU.PRICE, BigDecimal.ZERO)));
            case STAGE -> List.of(DSL.choose(SKU.LIFECYCLE_STAGE).when("INTRO", inline(1)).when("GROWTH", inline(2))
                    .when("MATURE", inline(3)).otherwise(inline(4)));
            case LISTED -> List.of(SKU.LISTED);
        };
        List<SortField<?>> order = new ArrayList<>();
        for (Field<?> key : keys) {
            order.add(q.descending() ? key.desc().nullsLast() : key.asc().nullsLast());
        }
        // The code last (or alone): a stable order, so paging neither repeats nor skips a row.
        order.add(q.descending() && q.sort() == SkuSort.CODE ? SKU.CODE.desc() : SKU.CODE.asc());
        return order;
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
