package io.storedesk.catalog;

import io.storedesk.common.Money;
import io.storedesk.importing.ChangeRecord;
import io.storedesk.importing.ImportJobRecorder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the SKUs another import (orders) found missing, each under the product of the same code (made
 * when there is none), and records them so undoing that import removes them again.
 */
public final class MissingSkuWriter {

    /** A SKU to create: its code, the title its new product gets, its price and what kind of code it is. */
    public record NewSku(String code, String title, BigDecimal price, String currency, SkuKind kind) {
    }

    private final CatalogRepository repository;

    public MissingSkuWriter(CatalogRepository repository) {
        this.repository = repository;
    }

    /** Creates the SKUs and returns their ids by code. */
    public Map<String, Long> create(List<NewSku> skus, String user, ImportJobRecorder recorder) {
        Map<String, Long> productIds = new HashMap<>();
        repository.productsByCode(skus.stream().map(NewSku::code).toList())
                .forEach((code, product) -> productIds.put(code, product.id()));
        Map<String, Product> newProducts = new LinkedHashMap<>();
        for (NewSku s : skus) {
            if (!productIds.containsKey(s.code())) {
                newProducts.put(s.code(), new Product(0, s.code(), s.title(), null, null, List.of(), 0));
            }
        }
        List<Product> products = List.copyOf(newProducts.values());
        List<Long> ids = repository.insertProductsReturningIds(products, user);
        for (int i = 0; i < products.size(); i++) {
            productIds.put(products.get(i).code(), ids.get(i));
            recorder.record(new ChangeRecord(CatalogUndo.PRODUCT, products.get(i).code(), ChangeRecord.Operation.INSERT,
                    Map.of(), CatalogValues.of(products.get(i)), 0));
        }
        List<Sku> inserts = new ArrayList<>(skus.size());
        for (NewSku s : skus) {
            inserts.add(new Sku(0, productIds.get(s.code()), s.code(), null, "", new Money(s.price(), s.currency()), null,
                    null, null, LifecycleStage.MATURE, true, s.kind(), false, 0));
        }
        List<Long> skuIds = repository.insertSkusReturningIds(inserts, user);
        Map<String, Long> idByCode = new HashMap<>();
        for (int i = 0; i < inserts.size(); i++) {
            idByCode.put(inserts.get(i).code(), skuIds.get(i));
            recorder.record(new ChangeRecord(CatalogUndo.SKU, inserts.get(i).code(), ChangeRecord.Operation.INSERT,
                    Map.of(), CatalogValues.of(inserts.get(i)), 0));
        }
        return idByCode;
    }
}
