package io.storedesk.stock;

/** Move quantity units of a SKU from a warehouse with excess to one that is short. */
public record TransferSuggestion(long skuId, String skuCode, long fromWarehouseId, String fromWarehouseCode,
                                 long toWarehouseId, String toWarehouseCode, int quantity) {
}
