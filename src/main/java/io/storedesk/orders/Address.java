package io.storedesk.orders;

/** Where an order goes and to whom. province holds the full Chinese name (广东省) for mainland orders. */
public record Address(String name, String phone, String country, String province, String city, String district,
                      String line) {
}
