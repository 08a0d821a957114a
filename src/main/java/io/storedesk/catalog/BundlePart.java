package io.storedesk.catalog;

/** One component of a bundle: its SKU, how many go into one bundle, and how many are available now. */
public record BundlePart(String code, String title, int quantity, long available) {

    /** How many bundles this part alone allows. */
    public long bundlesPossible() {
        return quantity <= 0 ? 0 : Math.max(0, available) / quantity;
    }
}
