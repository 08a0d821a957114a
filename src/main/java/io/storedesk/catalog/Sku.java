package io.storedesk.catalog;

import io.storedesk.common.Money;
import java.math.BigDecimal;

/** One sellable variant of a product. cost may be null (unknown). id 0 = not yet stored. */
public record Sku(long id, long productId, String code, String barcode, String attributes, Money price, Money cost,
                  Integer weightGrams, Integer shelfLifeDays, LifecycleStage stage, boolean listed, SkuKind kind,
                  boolean bundle, int version) {

    /** The same SKU at another price, in its own currency. */
    public Sku withPrice(BigDecimal amount) {
        return new Sku(id, productId, code, barcode, attributes, new Money(amount, price.currency()), cost, weightGrams,
                shelfLifeDays, stage, listed, kind, bundle, version);
    }

    /** The same SKU with another cost (null = unknown), in the price's currency. */
    public Sku withCost(BigDecimal amount) {
        return new Sku(id, productId, code, barcode, attributes, price,
                amount == null ? null : new Money(amount, price.currency()), weightGrams, shelfLifeDays, stage, listed,
                kind, bundle, version);
    }

    public Sku withStage(LifecycleStage newStage) {
        return new Sku(id, productId, code, barcode, attributes, price, cost, weightGrams, shelfLifeDays, newStage,
                listed, kind, bundle, version);
    }

    public Sku withListed(boolean newListed) {
        return new Sku(id, productId, code, barcode, attributes, price, cost, weightGrams, shelfLifeDays, stage,
                newListed, kind, bundle, version);
    }
}
