package io.storedesk.catalog;

/**
 * One inline edit: which SKU, the version the person saw, the field, and the value as typed (a price as
 * "1,299.00", a stage by name, listed as true/false; blank cost = unknown).
 */
public record SkuEdit(long skuId, int version, SkuField field, String value) {
}
