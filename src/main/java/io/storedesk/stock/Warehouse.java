package io.storedesk.stock;

/** A place that holds stock and ships orders. Lower priority number = preferred. id 0 = not yet stored. */
public record Warehouse(long id, String code, String name, String province, String city, String address,
                        int priority, boolean active) {
}
