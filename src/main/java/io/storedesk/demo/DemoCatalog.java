package io.storedesk.demo;

import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.SkuKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The generated assortment, as the other parts of the demo generator need it. */
record DemoCatalog(List<Product> products, List<Sku> skus, List<Bundle> bundles) {

    record Product(String code, String title, String categoryCode, String topCode, String brand, String tags,
                   LifecycleStage stage, boolean apparel) {
    }

    /**
     * A generated SKU. demand: expected units a day at the shop's normal volume; it sells from
     * salesFrom (null = always) until salesUntil (null = still selling).
     */
    record Sku(String code, Product product, String attributes, String barcode, BigDecimal price, BigDecimal cost,
               int weightGrams, Integer shelfLifeDays, LifecycleStage stage, boolean listed, SkuKind kind,
               boolean bundle, double demand, LocalDate salesFrom, LocalDate salesUntil, boolean presale,
               int packSize, String supplier) {

        String title() {
            return attributes.isEmpty() ? product.title() : product.title() + " " + attributes.replace(';', ' ');
        }

        boolean sellsOn(LocalDate day) {
            return (salesFrom == null || !day.isBefore(salesFrom)) && (salesUntil == null || !day.isAfter(salesUntil));
        }

        boolean isStocked() {
            return kind == SkuKind.GOODS && !bundle;
        }
    }

    record Component(Sku sku, int quantity) {
    }

    record Bundle(Sku sku, List<Component> components) {
    }

    List<Sku> goods() {
        return skus.stream().filter(s -> s.kind() == SkuKind.GOODS).toList();
    }

    Sku sku(String code) {
        return skus.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo SKU " + code));
    }
}
