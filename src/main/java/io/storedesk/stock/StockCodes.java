package io.storedesk.stock;

import io.storedesk.catalog.CatalogRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The warehouses, SKUs and suppliers a stock file names, looked up once for the whole file. A warehouse
 * may be named by its code or, as stocktake sheets often do, by its name when no other warehouse shares it.
 */
final class StockCodes {

    private final Map<String, Warehouse> warehousesByCode;
    private final Map<String, Warehouse> warehousesByName;
    private final Map<String, Long> skuIds;
    private final Map<String, Long> supplierIds;
    private final Map<Long, String> supplierCodes;

    private StockCodes(Collection<Warehouse> warehouses, Map<String, Long> skuIds, Collection<Supplier> suppliers) {
        this.warehousesByCode = warehouses.stream().collect(Collectors.toMap(Warehouse::code, Function.identity()));
        this.warehousesByName = new HashMap<>();
        Map<String, Long> perName = warehouses.stream().collect(Collectors.groupingBy(Warehouse::name,
                Collectors.counting()));
        warehouses.stream().filter(w -> perName.get(w.name()) == 1).forEach(w -> warehousesByName.put(w.name(), w));
        this.skuIds = skuIds;
        this.supplierIds = suppliers.stream().collect(Collectors.toMap(Supplier::code, Supplier::id));
        this.supplierCodes = suppliers.stream().collect(Collectors.toMap(Supplier::id, Supplier::code));
    }

    static StockCodes lookUp(StockRepository stock, CatalogRepository catalog, Collection<String> skuCodes) {
        Map<String, Long> skuIds = new HashMap<>();
        catalog.skusByCode(skuCodes).forEach((code, sku) -> skuIds.put(code, sku.id()));
        return new StockCodes(stock.warehouses(), skuIds, stock.suppliers());
    }

    Optional<Warehouse> warehouse(String codeOrName) {
        return Optional.ofNullable(warehousesByCode.getOrDefault(codeOrName, warehousesByName.get(codeOrName)));
    }

    Optional<Long> sku(String code) {
        return Optional.ofNullable(skuIds.get(code));
    }

    Optional<Long> supplier(String code) {
        return Optional.ofNullable(supplierIds.get(code));
    }

    /** The supplier's code, "" for none. */
    String supplierCode(Long id) {
        return id == null ? "" : supplierCodes.getOrDefault(id, "#" + id);
    }
}
