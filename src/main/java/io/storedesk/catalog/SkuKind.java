package io.storedesk.catalog;

/** Goods, or one of the non-goods codes that real order exports carry (postage, fees, discounts...). */
public enum SkuKind {
    GOODS, SHIPPING, FEE, DISCOUNT, ADJUSTMENT, SAMPLE;

    public boolean isGoods() {
        return this == GOODS;
    }
}
