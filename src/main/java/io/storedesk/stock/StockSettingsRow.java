package io.storedesk.stock;

import io.storedesk.importing.RowProblem;
import io.storedesk.importing.Update;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/** One stock-settings row as read: the position it is about and what it asks of each setting. */
record StockSettingsRow(long row, String warehouse, String sku, Update<Integer> safetyStock,
                        Update<Integer> reorderPoint, Update<Integer> maxStock, Update<Integer> leadTimeDays,
                        Update<Integer> moq, Update<Integer> packSize, Update<BigDecimal> serviceLevel,
                        Update<String> supplier, List<RowProblem> problems) {

    StockSettingsRow {
        problems = List.copyOf(problems);
    }

    /** Whether any setting cell holds something (a value or the clear token). */
    boolean givesAnything() {
        return Stream.of(safetyStock, reorderPoint, maxStock, leadTimeDays, moq, packSize, serviceLevel, supplier)
                .anyMatch(Update::given);
    }

    /** The settings a position has when the store holds no row for it: the table's own defaults. */
    static StockSetting defaults(PositionKey position) {
        return new StockSetting(position.skuId(), position.warehouseId(), null, null, null, null, null, 1, 1,
                new BigDecimal("0.95"));
    }

    /** The row's updates applied to the current settings; supplierId is the id the supplier cell names. */
    StockSetting applyTo(StockSetting current, Long supplierId) {
        Long supplierAfter = !supplier.given() ? current.supplierId() : supplier.clear() ? null : supplierId;
        return new StockSetting(current.skuId(), current.warehouseId(), supplierAfter,
                safetyStock.applyTo(current.safetyStock()), reorderPoint.applyTo(current.reorderPoint()),
                maxStock.applyTo(current.maxStock()), leadTimeDays.applyTo(current.leadTimeDays()),
                moq.applyTo(current.moq()), packSize.applyTo(current.packSize()),
                serviceLevel.applyTo(current.serviceLevel()));
    }
}
