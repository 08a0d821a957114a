package io.storedesk.catalog;

import io.storedesk.common.Money;

/** One sellable variant of a product. cost may be null (unknown). id 0 = not yet stored. */
public record Sku(long id, long productId, String code, String barcode, String attributes, Money price, Money cost,
                  Integer weightGrams, Integer shelfLifeDays, LifecycleStage stage, boolean listed, SkuKind kind,
                  boolean bundle, int version) {
}
