package io.storedesk.stock;

import io.storedesk.catalog.BulkChange;
import io.storedesk.catalog.CatalogEditor;
import io.storedesk.catalog.CatalogService;
import io.storedesk.catalog.SkuRow;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.store.Transactions;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Marks down the price of SKUs whose batches should clear before they expire. A SKU with several such
 * batches takes the largest discount; every change goes through the catalog editor (version checks,
 * audit log), all SKUs or none.
 */
public final class ClearanceMarkdowns {

    private final CatalogService catalog;
    private final CatalogEditor editor;
    private final Transactions transactions;
    private final Access access;

    public ClearanceMarkdowns(CatalogService catalog, CatalogEditor editor, Transactions transactions, Access access) {
        this.access = access;
        this.catalog = catalog;
        this.editor = editor;
        this.transactions = transactions;
    }

    /** Lowers each SKU's price by its discount; answers how many SKUs changed. */
    public int markDown(List<ClearanceSuggestion> clearances, String user) {
        access.require(Permission.CATALOG_EDIT);
        access.require(Permission.PRICE_CHANGE);
        Map<Long, Integer> discountBySku = new LinkedHashMap<>();
        clearances.forEach(c -> discountBySku.merge(c.batch().skuId(), c.discountPercent(), Math::max));
        Map<Integer, Map<Long, Integer>> skusByDiscount = new TreeMap<>();
        discountBySku.forEach((skuId, discount) -> {
            SkuRow row = catalog.row(skuId).orElseThrow(() -> new RefusedInputException(
                    "stock.clearance.error.noSku", skuId));
            skusByDiscount.computeIfAbsent(discount, d -> new LinkedHashMap<>()).put(skuId, row.version());
        });
        return transactions.inTransaction(() -> skusByDiscount.entrySet().stream()
                .mapToInt(e -> editor.apply(e.getValue(), new BulkChange.AdjustPrice(
                        BigDecimal.valueOf(-e.getKey()), true), user).skusChanged())
                .sum());
    }
}
