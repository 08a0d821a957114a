package io.storedesk.orders.routing;

/** A warehouse orders can ship from; priority lower = preferred when everything else is equal. */
public record Site(long id, String code, String name, String province, int priority) {
}
