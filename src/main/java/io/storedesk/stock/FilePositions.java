package io.storedesk.stock;

import io.storedesk.common.MessageKey;
import io.storedesk.importing.RowProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the position each row of a stock file is about, refusing unknown warehouses and SKUs and a
 * position the file already named on an earlier row (whichever of the two is meant, one would be lost).
 */
final class FilePositions {

    private final StockCodes codes;
    private final Function<String, String> headerOf;
    private final Map<String, Long> firstRow = new HashMap<>();

    FilePositions(StockCodes codes, Function<String, String> headerOf) {
        this.codes = codes;
        this.headerOf = headerOf;
    }

    /**
     * The row's position, or empty with the reasons added to problems. Blank codes add nothing here: the
     * row already says they are required.
     */
    Optional<FilePosition> resolve(long row, String warehouse, String sku, List<RowProblem> problems) {
        if (warehouse.isEmpty() || sku.isEmpty()) {
            return Optional.empty();
        }
        Optional<Warehouse> place = codes.warehouse(warehouse);
        Optional<Long> skuId = codes.sku(sku);
        if (place.isEmpty()) {
            problems.add(problem(row, "warehouse", warehouse, "import.reason.unknownWarehouse"));
        }
        if (skuId.isEmpty()) {
            problems.add(problem(row, "sku", sku, "import.reason.skuNotInCatalog"));
        }
        // Keyed by the warehouse's code, so a row naming it by name and one by code are the same position.
        String label = FilePosition.label(place.map(Warehouse::code).orElse(warehouse), sku);
        Long earlier = firstRow.putIfAbsent(label, row);
        if (earlier != null) {
            problems.add(problem(row, "sku", sku, "import.reason.duplicatePosition", earlier));
        }
        if (place.isEmpty() || skuId.isEmpty() || earlier != null) {
            return Optional.empty();
        }
        return Optional.of(new FilePosition(new PositionKey(skuId.get(), place.get().id()), place.get().code(), sku));
    }

    RowProblem problem(long row, String field, String value, String reasonKey, Object... arguments) {
        return new RowProblem(row, headerOf.apply(field), value, new MessageKey(reasonKey, arguments));
    }
}
