package io.storedesk.stock;

/** Who replenishes our goods, and how many days an order takes to arrive. id 0 = not yet stored. */
public record Supplier(long id, String code, String name, String contact, String phone, String province,
                       String city, int leadTimeDays, String currency) {
}
