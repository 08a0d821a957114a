package io.storedesk.orders.picklist;

/** One line of one open parcel as the store holds it: what a picker takes from which warehouse for which order. */
public record PickSource(String warehouseCode, String warehouseName, String orderNumber, String skuCode,
                         String title, int quantity) {
}
