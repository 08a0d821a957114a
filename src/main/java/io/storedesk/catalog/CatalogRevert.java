package io.storedesk.catalog;

import java.util.List;

/**
 * What it takes to take back one bulk change: the SKUs and products it changed, as they were before it. Each
 * change raised their version by one, so taking it back is refused when any of them has a higher version
 * than that: someone changed it again since, and their change is never overwritten.
 */
public record CatalogRevert(List<Sku> skusBefore, List<Product> productsBefore, boolean changedPrices) {

    public static final CatalogRevert NOTHING = new CatalogRevert(List.of(), List.of(), false);

    public CatalogRevert {
        skusBefore = List.copyOf(skusBefore);
        productsBefore = List.copyOf(productsBefore);
    }

    public boolean isEmpty() {
        return skusBefore.isEmpty() && productsBefore.isEmpty();
    }
}
