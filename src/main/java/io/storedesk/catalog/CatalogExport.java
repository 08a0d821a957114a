package io.storedesk.catalog;

import io.storedesk.importing.SpreadsheetWriter;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Writes the catalog (a search's results, or chosen SKUs) to CSV or XLSX with the import's own column
 * names, so an exported file edited and imported again changes exactly what was edited.
 */
public final class CatalogExport {

    static final List<String> ENGLISH = List.of("SKU", "Product code", "Title", "Category", "Brand", "Tags", "Barcode",
            "Attributes", "Price", "Cost", "Weight (g)", "Shelf life (days)", "Lifecycle stage", "Listed");
    static final List<String> CHINESE = List.of("SKU编码", "款号", "商品名称", "类目", "品牌", "标签", "条码", "规格", "售价",
            "成本", "重量(克)", "保质期(天)", "生命周期", "上下架");

    private final CatalogRepository repository;
    private final Access access;

    public CatalogExport(CatalogRepository repository, Access access) {
        this.access = access;
        this.repository = repository;
    }

    /**
     * Writes these SKUs in the order given (the current view, or a selection) and returns how many were
     * written; progress hears the count as it grows.
     */
    public long export(Path file, List<Long> ids, Locale locale, LongConsumer progress) {
        access.require(Permission.EXPORT);
        boolean chinese = "zh".equals(locale.getLanguage());
        long[] count = {0};
        try (SpreadsheetWriter writer = SpreadsheetWriter.create(file, chinese ? CHINESE : ENGLISH)) {
            repository.exportLines(ids, line -> {
                writer.row(Arrays.asList(line.sku(), line.product(), line.title(), line.categoryPath(), line.brand(),
                        line.tags(), line.barcode(), line.attributes(), line.price().amount(),
                        line.cost() == null ? null : line.cost().amount(), line.weightGrams(), line.shelfLifeDays(),
                        stage(line.stage(), chinese), chinese ? (line.listed() ? "是" : "否")
                                : (line.listed() ? "yes" : "no")));
                if (++count[0] % 1_000 == 0) {
                    progress.accept(count[0]);
                }
            });
        }
        return count[0];
    }

    private static String stage(LifecycleStage stage, boolean chinese) {
        if (!chinese) {
            return stage.name().toLowerCase(Locale.ROOT);
        }
        return switch (stage) {
            case INTRO -> "导入期";
            case GROWTH -> "成长期";
            case MATURE -> "成熟期";
            case DECLINE -> "衰退期";
        };
    }
}
