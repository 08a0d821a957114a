package io.storedesk.catalog;

import io.storedesk.common.MessageKey;
import io.storedesk.importing.CellValues;
import io.storedesk.importing.ColumnMapping;
import io.storedesk.importing.FieldSpec;
import io.storedesk.importing.FieldType;
import io.storedesk.importing.ImportCancelledException;
import io.storedesk.importing.ImportKind;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportPlan;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.RowReader;
import io.storedesk.importing.SourceRow;
import io.storedesk.importing.TabularSource;
import io.storedesk.importing.UndoHandler;
import io.storedesk.importing.Update;
import io.storedesk.store.ShopSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The catalog import: creates and updates products and SKUs (prices, costs, listings...) from a
 * spreadsheet, Shopify's product template included. A blank cell keeps the old value.
 */
public final class CatalogImport implements ImportKind {

    static final int MAX_WEIGHT_GRAMS = 1_000_000;
    static final int MAX_SHELF_LIFE_DAYS = 36_500;
    private static final Pattern BARCODE = Pattern.compile("[0-9A-Za-z-]{1,32}");
    private static final String TAG_SEPARATORS = ",;，；、";

    static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.required("sku", FieldType.CODE, 64, "SKU", "SKU code", "SKU编码", "商品编码", "商家编码", "规格编码",
                    "货号", "Variant SKU", "StockCode", "Item code"),
            FieldSpec.optional("product", FieldType.CODE, 64, "Product code", "SPU", "SPU编码", "款号", "商品款号",
                    "Handle", "Product"),
            FieldSpec.optional("title", FieldType.TEXT, 200, "Title", "Name", "Product name", "商品名称", "商品标题",
                    "标题", "名称", "Description"),
            FieldSpec.optional("category", FieldType.TEXT, 100, "Category", "类目", "分类", "商品类目", "Product category"),
            FieldSpec.optional("brand", FieldType.TEXT, 100, "Brand", "品牌", "Vendor"),
            FieldSpec.optional("tags", FieldType.TEXT, 500, "Tags", "标签"),
            FieldSpec.optional("barcode", FieldType.CODE, 32, "Barcode", "条码", "条形码", "EAN", "Variant Barcode"),
            FieldSpec.optional("attributes", FieldType.TEXT, 500, "Attributes", "Variant", "规格", "属性", "销售属性"),
            FieldSpec.optional("price", FieldType.DECIMAL, 0, "Price", "售价", "价格", "单价", "零售价", "UnitPrice",
                    "Unit price", "Variant Price"),
            FieldSpec.optional("cost", FieldType.DECIMAL, 0, "Cost", "成本", "成本价", "进价", "Cost per item"),
            FieldSpec.optional("weight", FieldType.INTEGER, 0, "Weight (g)", "Weight", "重量", "重量(克)", "重量(g)",
                    "Variant Grams", "Grams"),
            FieldSpec.optional("shelf_life", FieldType.INTEGER, 0, "Shelf life (days)", "Shelf life", "保质期",
                    "保质期(天)"),
            FieldSpec.optional("stage", FieldType.TEXT, 0, "Lifecycle stage", "Stage", "生命周期", "生命周期阶段"),
            FieldSpec.optional("listed", FieldType.BOOLEAN, 0, "Listed", "上下架", "上架", "Status", "Published",
                    "状态"));

    private static final Map<String, LifecycleStage> STAGES = Map.ofEntries(
            Map.entry("intro", LifecycleStage.INTRO), Map.entry("introduction", LifecycleStage.INTRO),
            Map.entry("new", LifecycleStage.INTRO), Map.entry("导入期", LifecycleStage.INTRO),
            Map.entry("新品", LifecycleStage.INTRO), Map.entry("growth", LifecycleStage.GROWTH),
            Map.entry("成长期", LifecycleStage.GROWTH), Map.entry("mature", LifecycleStage.MATURE),
            Map.entry("成熟期", LifecycleStage.MATURE), Map.entry("decline", LifecycleStage.DECLINE),
            Map.entry("衰退期", LifecycleStage.DECLINE), Map.entry("清仓", LifecycleStage.DECLINE));

    private final CatalogRepository repository;
    private final ShopSettings shop;
    private final Clock clock;

    public CatalogImport(CatalogRepository repository, ShopSettings shop, Clock clock) {
        this.repository = repository;
        this.shop = shop;
        this.clock = clock;
    }

    @Override
    public ImportKindId id() {
        return ImportKindId.CATALOG;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public TabularSource adapt(TabularSource source) {
        return ShopifyProductLayout.matches(source.header()) ? new ShopifyProductLayout(source) : source;
    }

    @Override
    public ImportPlan plan(Iterator<SourceRow> rows, ColumnMapping mapping, ImportOptions options,
                           ImportProgress progress) {
        Map<String, FieldSpec> specs = FIELDS.stream().collect(Collectors.toMap(FieldSpec::name, Function.identity()));
        List<CatalogImportRow> parsed = new ArrayList<>();
        while (rows.hasNext()) {
            if (progress.isCancelled()) {
                throw new ImportCancelledException();
            }
            parsed.add(parse(new RowReader(rows.next(), mapping, specs)));
            if (parsed.size() % 1_000 == 0) {
                progress.rowsRead(parsed.size());
            }
        }
        progress.rowsRead(parsed.size());
        return new CatalogImportPlan(parsed, repository, shop.currency(), options.user(), clock, mapping::headerOf);
    }

    /** The catalog's change marker (SKUs, products, categories) and the shop's currency, which new SKUs take. */
    @Override
    public Optional<String> storeState() {
        return Optional.of(repository.changeMarker() + "/" + shop.currency());
    }

    @Override
    public List<UndoHandler> undoHandlers() {
        return CatalogUndo.handlers(repository, clock);
    }

    static CatalogImportRow parse(RowReader r) {
        r.require("sku");
        String sku = r.text("sku").orElse("");
        String product = r.text("product").orElse(null);
        Update<BigDecimal> price = Update.of(r, "price", money(r, "price"));
        Update<BigDecimal> cost = Update.of(r, "cost", money(r, "cost"));
        if (price.clear()) {
            r.problem("price", "", "import.reason.cannotClear");
        }
        Update<Integer> weight = Update.of(r, "weight", whole(r, "weight", 0, MAX_WEIGHT_GRAMS));
        Update<Integer> shelfLife = Update.of(r, "shelf_life", whole(r, "shelf_life", 1, MAX_SHELF_LIFE_DAYS));
        Update<String> title = Update.of(r, "title", r.text("title"));
        if (title.clear()) {
            r.problem("title", "", "import.reason.cannotClear");
        }
        return new CatalogImportRow(r.rowNumber(), sku, product, title, Update.of(r, "category", r.text("category")),
                Update.of(r, "brand", r.text("brand")), Update.of(r, "tags", r.text("tags").map(CatalogImport::tags)),
                Update.of(r, "barcode", barcode(r)), Update.of(r, "attributes", r.text("attributes")), price, cost,
                weight, shelfLife, Update.of(r, "stage", r.choice("stage", STAGES)),
                Update.of(r, "listed", r.bool("listed")), r.problems(), r.warnings());
    }

    private static Optional<BigDecimal> money(RowReader r, String field) {
        Optional<BigDecimal> value = r.decimal(field);
        Optional<MessageKey> problem = value.flatMap(MoneyRules::problem);
        if (problem.isPresent()) {
            r.problem(field, value.get().toPlainString(), problem.get().key(), problem.get().arguments());
            return Optional.empty();
        }
        return value;
    }

    private static Optional<Integer> whole(RowReader r, String field, int min, int max) {
        Optional<Long> value = r.wholeNumber(field);
        if (value.isPresent() && (value.get() < min || value.get() > max)) {
            r.problem(field, String.valueOf(value.get()), value.get() < 0 ? "import.reason.negative"
                    : "import.reason.outOfRange", min, max);
            return Optional.empty();
        }
        return value.map(Long::intValue);
    }

    /** A barcode Excel turned into 3.65275E+11 is lost: the row imports without it, with a warning. */
    private static Optional<String> barcode(RowReader r) {
        Optional<String> text = r.text("barcode");
        if (text.isEmpty()) {
            return text;
        }
        String value = text.get();
        if (CellValues.isScientificNotation(value)) {
            r.warning("barcode", value, "import.reason.scientificBarcode");
            return Optional.empty();
        }
        if (!BARCODE.matcher(value).matches()) {
            r.problem("barcode", value, "import.reason.badBarcode");
            return Optional.empty();
        }
        return text;
    }

    /**
     * "纸尿裤, 爆款；囤货" -> "纸尿裤,爆款,囤货": tags separated by commas, semicolons or the Chinese 、，；.
     * Split by hand: a whole catalog's tags cells go through here.
     */
    static String tags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || TAG_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                String tag = text.substring(start, i).strip();
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
                start = i + 1;
            }
        }
        return String.join(",", tags);
    }
}
