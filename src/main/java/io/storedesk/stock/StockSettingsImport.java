package io.storedesk.stock;

import io.storedesk.catalog.CatalogRepository;
import io.storedesk.importing.CellValues;
import io.storedesk.importing.ColumnMapping;
import io.storedesk.importing.FieldSpec;
import io.storedesk.importing.FieldType;
import io.storedesk.importing.ImportKind;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportPlan;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.RowReader;
import io.storedesk.importing.SourceRow;
import io.storedesk.importing.UndoHandler;
import io.storedesk.importing.Update;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The stock-settings import: the planning inputs of each SKU in each warehouse (safety stock, reorder
 * point, maximum, lead time, order multiples, service level, supplier). A blank cell keeps the old value;
 * the clear token empties a setting the planner can derive.
 */
public final class StockSettingsImport implements ImportKind {

    static final int MAX_UNITS = 1_000_000;
    static final int MAX_LEAD_TIME_DAYS = 365;

    static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.required("warehouse", FieldType.CODE, 100, "Warehouse", "Warehouse code", "仓库", "仓库编码",
                    "仓库代码", "仓库名称"),
            FieldSpec.required("sku", FieldType.CODE, 64, "SKU", "SKU code", "SKU编码", "商品编码", "商家编码",
                    "规格编码", "货号"),
            FieldSpec.optional("safety_stock", FieldType.INTEGER, 0, "Safety stock", "安全库存"),
            FieldSpec.optional("reorder_point", FieldType.INTEGER, 0, "Reorder point", "ROP", "补货点", "再订货点",
                    "订货点"),
            FieldSpec.optional("max_stock", FieldType.INTEGER, 0, "Max stock", "Maximum stock", "最大库存", "库存上限"),
            FieldSpec.optional("lead_time_days", FieldType.INTEGER, 0, "Lead time (days)", "Lead time",
                    "采购周期", "采购周期(天)", "交货周期", "到货天数", "提前期"),
            FieldSpec.optional("moq", FieldType.INTEGER, 0, "MOQ", "Minimum order quantity", "Min order qty",
                    "最小起订量", "起订量"),
            FieldSpec.optional("pack_size", FieldType.INTEGER, 0, "Pack size", "Case pack", "箱规", "装箱数",
                    "包装数量"),
            FieldSpec.optional("service_level", FieldType.DECIMAL, 0, "Service level", "服务水平", "目标服务水平"),
            FieldSpec.optional("supplier", FieldType.CODE, 32, "Supplier", "Supplier code", "供应商", "供应商编码"));

    private final StockRepository stock;
    private final StockSettingRepository settings;
    private final CatalogRepository catalog;
    private final Clock clock;

    public StockSettingsImport(StockRepository stock, StockSettingRepository settings, CatalogRepository catalog,
                               Clock clock) {
        this.stock = stock;
        this.settings = settings;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public ImportKindId id() {
        return ImportKindId.STOCK_SETTINGS;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public ImportPlan plan(Iterator<SourceRow> rows, ColumnMapping mapping, ImportOptions options,
                           ImportProgress progress) {
        List<StockSettingsRow> parsed = RowParsing.readAll(rows, mapping, FIELDS, progress,
                StockSettingsImport::parse);
        StockCodes codes = StockCodes.lookUp(stock, catalog, parsed.stream().map(StockSettingsRow::sku).toList());
        return new StockSettingsPlan(parsed, codes, new FilePositions(codes, mapping::headerOf), settings,
                options.user(), clock);
    }

    @Override
    public List<UndoHandler> undoHandlers() {
        return List.of(new StockSettingsUndo(settings, clock));
    }

    static StockSettingsRow parse(RowReader r) {
        r.require("warehouse");
        r.require("sku");
        return new StockSettingsRow(r.rowNumber(), r.text("warehouse").orElse(""), r.text("sku").orElse(""),
                Update.of(r, "safety_stock", whole(r, "safety_stock", 0, MAX_UNITS)),
                Update.of(r, "reorder_point", whole(r, "reorder_point", 0, MAX_UNITS)),
                Update.of(r, "max_stock", whole(r, "max_stock", 0, MAX_UNITS)),
                Update.of(r, "lead_time_days", whole(r, "lead_time_days", 0, MAX_LEAD_TIME_DAYS)),
                kept(r, "moq", Update.of(r, "moq", whole(r, "moq", 1, MAX_UNITS))),
                kept(r, "pack_size", Update.of(r, "pack_size", whole(r, "pack_size", 1, MAX_UNITS))),
                kept(r, "service_level", Update.of(r, "service_level", serviceLevel(r))),
                Update.of(r, "supplier", r.text("supplier")), r.problems());
    }

    /** A setting the table always holds (it has a default) cannot be emptied. */
    private static <T> Update<T> kept(RowReader r, String field, Update<T> update) {
        if (update.clear()) {
            r.problem(field, "", "import.reason.cannotClear");
            return Update.keep();
        }
        return update;
    }

    private static Optional<Integer> whole(RowReader r, String field, int min, int max) {
        Optional<Long> value = r.wholeNumber(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        long v = value.get();
        String text = String.valueOf(v);
        if (v < 0) {
            r.problem(field, text, "import.reason.negative");
        } else if (v < min) {
            r.problem(field, text, "import.reason.atLeast", min);
        } else if (v > max) {
            r.problem(field, text, "import.reason.tooLarge", max);
        } else {
            return Optional.of((int) v);
        }
        return Optional.empty();
    }

    /** 0.95 or 95%: above 0 and below 1, at most four decimals (as the store keeps it). */
    static Optional<BigDecimal> serviceLevel(RowReader r) {
        Optional<String> text = r.text("service_level");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.get();
        boolean percent = t.endsWith("%") || t.endsWith("％");
        Optional<BigDecimal> level = CellValues.decimal(percent ? t.substring(0, t.length() - 1) : t)
                .map(d -> percent ? d.movePointLeft(2) : d);
        if (level.isEmpty() || level.get().signum() <= 0 || level.get().compareTo(BigDecimal.ONE) >= 0) {
            r.problem("service_level", t, "import.reason.serviceLevel");
            return Optional.empty();
        }
        if (level.get().stripTrailingZeros().scale() > 4) {
            r.problem("service_level", t, "import.reason.tooManyDecimals", 4);
            return Optional.empty();
        }
        return level;
    }
}
