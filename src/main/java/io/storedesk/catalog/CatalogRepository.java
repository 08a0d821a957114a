package io.storedesk.catalog;

import static io.storedesk.store.schema.Tables.BUNDLE_COMPONENT;
import static io.storedesk.store.schema.Tables.CATEGORY;
import static io.storedesk.store.schema.Tables.CHANNEL_SKU;
import static io.storedesk.store.schema.Tables.PRODUCT;
import static io.storedesk.store.schema.Tables.SKU;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.select;

import io.storedesk.common.Money;
import io.storedesk.common.Page;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.BundleComponentRecord;
import io.storedesk.store.schema.tables.records.CategoryRecord;
import io.storedesk.store.schema.tables.records.ChannelSkuRecord;
import io.storedesk.store.schema.tables.records.ProductRecord;
import io.storedesk.store.schema.tables.records.SkuRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
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
        BulkInsert.insert(dsl, products.stream().map(p -> {
            ProductRecord r = dsl.newRecord(PRODUCT);
            r.setCode(p.code());
            r.setTitle(p.title());
            r.setCategoryId(p.categoryId());
            r.setBrand(p.brand());
            r.setTags(String.join(",", p.tags()));
            return r;
        }).toList());
        return dsl.select(PRODUCT.CODE, PRODUCT.ID).from(PRODUCT).fetchMap(PRODUCT.CODE, PRODUCT.ID);
    }

    public Optional<Product> findProduct(String code) {
        return dsl.selectFrom(PRODUCT).where(PRODUCT.CODE.eq(code)).fetchOptional()
                .map(r -> new Product(r.getId(), r.getCode(), r.getTitle(), r.getCategoryId(), r.getBrand(),
                        splitTags(r.getTags()), r.getVersion()));
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
        return dsl.selectFrom(SKU).where(SKU.CODE.eq(code)).fetchOptional().map(CatalogRepository::toSku);
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

    /** SKUs whose code, title, barcode, tags or attributes contain the text, in category order. */
    public Page<SkuRow> search(SkuSearch search) {
        Condition where = search.text().isEmpty() ? DSL.noCondition() : SKU.SEARCH_TEXT.contains(search.text());
        long total = dsl.fetchCount(SKU, where);
        List<SkuRow> rows = dsl.select(SKU.ID, SKU.CODE, PRODUCT.CODE, PRODUCT.TITLE, CATEGORY.NAME, SKU.ATTRIBUTES,
                        SKU.BARCODE, SKU.PRICE, SKU.COST, SKU.CURRENCY, SKU.LIFECYCLE_STAGE, SKU.LISTED, SKU.KIND,
                        PRODUCT.TAGS, SKU.VERSION)
                .from(SKU)
                .join(PRODUCT).on(PRODUCT.ID.eq(SKU.PRODUCT_ID))
                .leftJoin(CATEGORY).on(CATEGORY.ID.eq(PRODUCT.CATEGORY_ID))
                .where(where)
                .orderBy(CATEGORY.SORT_ORDER.asc().nullsLast(), PRODUCT.CODE, SKU.CODE)
                .limit(search.limit())
                .fetch(CatalogRepository::toSkuRow);
        return new Page<>(rows, total);
    }

    public long countSkus() {
        return dsl.fetchCount(SKU);
    }

    private static void refreshSearchText(DSLContext ctx) {
        Field<String> title = select(PRODUCT.TITLE).from(PRODUCT).where(PRODUCT.ID.eq(SKU.PRODUCT_ID)).asField();
        Field<String> tags = select(PRODUCT.TAGS).from(PRODUCT).where(PRODUCT.ID.eq(SKU.PRODUCT_ID)).asField();
        Field<String> sep = inline("|");
        ctx.update(SKU)
                .set(SKU.SEARCH_TEXT, lower(concat(SKU.CODE, sep, coalesce(title, ""), sep,
                        coalesce(SKU.BARCODE, ""), sep, coalesce(tags, ""), sep, SKU.ATTRIBUTES)))
                .execute();
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

    private static Sku toSku(SkuRecord r) {
        Money cost = r.getCost() == null ? null : new Money(r.getCost(), r.getCurrency());
        return new Sku(r.getId(), r.getProductId(), r.getCode(), r.getBarcode(), r.getAttributes(),
                new Money(r.getPrice(), r.getCurrency()), cost, r.getWeightGrams(), r.getShelfLifeDays(),
                LifecycleStage.valueOf(r.getLifecycleStage()), r.getListed(), SkuKind.valueOf(r.getKind()),
                r.getBundle(), r.getVersion());
    }

    private static SkuRow toSkuRow(Record r) {
        String currency = r.get(SKU.CURRENCY);
        Money cost = r.get(SKU.COST) == null ? null : new Money(r.get(SKU.COST), currency);
        return new SkuRow(r.get(SKU.ID), r.get(SKU.CODE), r.get(PRODUCT.CODE), r.get(PRODUCT.TITLE),
                r.get(CATEGORY.NAME), r.get(SKU.ATTRIBUTES), r.get(SKU.BARCODE), new Money(r.get(SKU.PRICE), currency),
                cost, LifecycleStage.valueOf(r.get(SKU.LIFECYCLE_STAGE)), r.get(SKU.LISTED),
                SkuKind.valueOf(r.get(SKU.KIND)), r.get(PRODUCT.TAGS), r.get(SKU.VERSION));
    }

    private static List<String> splitTags(String tags) {
        return tags == null || tags.isBlank() ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).toList();
    }
}
