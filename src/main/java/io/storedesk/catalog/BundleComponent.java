package io.storedesk.catalog;

/** quantity units of componentSkuId go into one unit of bundleSkuId. */
public record BundleComponent(long bundleSkuId, long componentSkuId, int quantity) {
}
