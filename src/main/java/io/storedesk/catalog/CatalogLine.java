package io.storedesk.catalog;

import io.storedesk.common.Money;

/** A SKU with all its product's fields, as export writes it; categoryPath is "top/sub". */
public record CatalogLine(String sku, String product, String title, String categoryPath, String brand, String tags,
                          String barcode, String attributes, Money price, Money cost, Integer weightGrams,
                          Integer shelfLifeDays, LifecycleStage stage, boolean listed) {
}
