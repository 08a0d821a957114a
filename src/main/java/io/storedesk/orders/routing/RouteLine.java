package io.storedesk.orders.routing;

/**
 * One order line as the router sees it. skuId null = the line names no known SKU; unitWeightGrams null = the
 * catalog has no weight for it; presale lines wait for goods and are not routed now.
 */
public record RouteLine(long lineId, Long skuId, String skuCode, int quantity, Integer unitWeightGrams,
                        boolean presale) {
}
