package io.storedesk.stock;

import io.storedesk.catalog.CatalogRepository;
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
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The stocktake import: what was counted per warehouse and SKU. Each count that differs from the books
 * is booked as a STOCKTAKE ledger entry that sets the position to the counted figure.
 */
public final class StockCountImport implements ImportKind {

    /** More than this in one position is a slip (a barcode pasted into the count), not a count. */
    static final int MAX_COUNT = 1_000_000;

    static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.required("warehouse", FieldType.CODE, 100, "Warehouse", "Warehouse code", "仓库", "仓库编码",
                    "仓库代码", "仓库名称"),
            FieldSpec.required("sku", FieldType.CODE, 64, "SKU", "SKU code", "SKU编码", "商品编码", "商家编码",
                    "规格编码", "货号"),
            FieldSpec.required("counted", FieldType.INTEGER, 0, "Counted", "Counted quantity", "Quantity", "Count",
                    "Qty", "盘点数量", "实盘数量", "实盘数", "数量"),
            FieldSpec.optional("note", FieldType.TEXT, 200, "Note", "Reason", "Remark", "备注", "原因", "盘点备注"));

    private final StockRepository stock;
    private final StockLedgerRepository ledger;
    private final CatalogRepository catalog;
    private final Clock clock;

    public StockCountImport(StockRepository stock, StockLedgerRepository ledger, CatalogRepository catalog,
                            Clock clock) {
        this.stock = stock;
        this.ledger = ledger;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public ImportKindId id() {
        return ImportKindId.STOCK_COUNT;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public ImportPlan plan(Iterator<SourceRow> rows, ColumnMapping mapping, ImportOptions options,
                           ImportProgress progress) {
        List<StockCountRow> parsed = RowParsing.readAll(rows, mapping, FIELDS, progress, StockCountImport::parse);
        StockCodes codes = StockCodes.lookUp(stock, catalog, parsed.stream().map(StockCountRow::sku).toList());
        return new StockCountPlan(parsed, new FilePositions(codes, mapping::headerOf), ledger, options.user(), clock);
    }

    @Override
    public List<UndoHandler> undoHandlers() {
        return List.of(new StockCountUndo(ledger, clock));
    }

    static StockCountRow parse(RowReader r) {
        for (String field : List.of("warehouse", "sku", "counted")) {
            r.require(field);
        }
        Optional<Long> read = r.wholeNumber("counted");
        Integer counted = null;
        if (read.isPresent()) {
            long value = read.get();
            if (value < 0) {
                r.problem("counted", String.valueOf(value), "import.reason.negative");
            } else if (value > MAX_COUNT) {
                r.problem("counted", String.valueOf(value), "import.reason.countTooLarge", MAX_COUNT);
            } else {
                counted = (int) value;
            }
        }
        return new StockCountRow(r.rowNumber(), r.text("warehouse").orElse(""), r.text("sku").orElse(""), counted,
                r.text("note").orElse(null), r.problems());
    }
}
