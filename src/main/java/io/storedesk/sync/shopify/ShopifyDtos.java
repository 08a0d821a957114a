package io.storedesk.sync.shopify;

import java.math.BigDecimal;
import java.util.List;

/**
 * The parts of the Admin API's JSON this adapter reads, named as Shopify names them (snake_case in the
 * JSON). Everything else in a payload is ignored, and status words are kept as strings, so a field or a
 * status Shopify adds later cannot break a pull.
 */
final class ShopifyDtos {

    private ShopifyDtos() {
    }

    record Orders(List<Order> orders) {
    }

    record Order(Long id, String name, String email, String phone, String createdAt, String updatedAt,
                 String processedAt, String cancelledAt, String currency, String financialStatus,
                 String fulfillmentStatus, BigDecimal totalPrice, BigDecimal totalDiscounts, String note,
                 PriceSet totalShippingPriceSet, List<LineItem> lineItems, List<ShippingLine> shippingLines,
                 Address shippingAddress, Address billingAddress, Customer customer, List<Refund> refunds) {
    }

    record PriceSet(Money shopMoney) {
    }

    record Money(BigDecimal amount, String currencyCode) {
    }

    record LineItem(Long id, String sku, String title, String name, Integer quantity, BigDecimal price,
                    BigDecimal totalDiscount, List<DiscountAllocation> discountAllocations) {
    }

    record DiscountAllocation(BigDecimal amount) {
    }

    record ShippingLine(BigDecimal price) {
    }

    record Address(String name, String firstName, String lastName, String phone, String countryCode,
                   String country, String province, String city, String address1, String address2) {
    }

    record Customer(Long id, String firstName, String lastName, String phone, String email) {
    }

    record Refund(Long id, Long orderId, String createdAt, String note, Boolean restock,
                  List<RefundLineItem> refundLineItems, List<Transaction> transactions) {
    }

    record RefundLineItem(Long lineItemId, Integer quantity, BigDecimal subtotal, String restockType,
                          LineItem lineItem) {
    }

    record Transaction(String kind, String status, BigDecimal amount, String currency) {
    }

    record Products(List<Product> products) {
    }

    record Product(Long id, String title, String vendor, String productType, String status, String updatedAt,
                   List<Variant> variants) {
    }

    record Variant(Long id, String sku, String title, BigDecimal price, String barcode, Integer grams,
                   Long inventoryItemId) {
    }

    record InventoryLevels(List<InventoryLevel> inventoryLevels) {
    }

    record InventoryLevel(Long inventoryItemId, Long locationId, Long available, String updatedAt) {
    }

    record Locations(List<Location> locations) {
    }

    record Location(Long id, String name, Boolean active, String deletedAt) {
    }

    record Fulfillments(List<Fulfillment> fulfillments) {
    }

    record FulfillmentEnvelope(Fulfillment fulfillment) {
    }

    record Fulfillment(Long id, String status, String trackingNumber, List<String> trackingNumbers) {
    }

    record FulfillmentOrders(List<FulfillmentOrder> fulfillmentOrders) {
    }

    record FulfillmentOrder(Long id, String status, List<FulfillmentOrderLine> lineItems) {
    }

    record FulfillmentOrderLine(Long id, Long lineItemId, Integer fulfillableQuantity) {
    }

    record OrderEnvelope(Order order) {
    }
}
