package io.storedesk.sync.shopify;

import static io.storedesk.sync.shopify.ShopifyJson.id;
import static io.storedesk.sync.shopify.ShopifyJson.instant;
import static io.storedesk.sync.shopify.ShopifyJson.list;
import static io.storedesk.sync.shopify.ShopifyJson.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.storedesk.sync.remote.RemoteProduct;
import io.storedesk.sync.remote.RemoteRecord;
import io.storedesk.sync.remote.RemoteStockLevel;
import io.storedesk.sync.remote.RemoteVariant;
import io.storedesk.sync.shopify.ShopifyDtos.InventoryLevel;
import io.storedesk.sync.shopify.ShopifyDtos.Order;
import io.storedesk.sync.shopify.ShopifyDtos.Product;
import java.util.ArrayList;
import java.util.List;

/**
 * From the REST answers' JSON to our records, a page at a time: the records, and the newest updated_at on
 * the page (as Shopify wrote it, so it can go back unchanged as updated_at_min).
 */
final class ShopifyMapping {

    /** A page's records and the cursor of its newest change (null when the page is empty). */
    record Mapped(List<RemoteRecord> records, String newestCursor) {
    }

    private ShopifyMapping() {
    }

    static Mapped orders(String json) {
        List<Order> orders = list(read(json, ShopifyDtos.Orders.class, "orders"), ShopifyDtos.Orders::orders, "orders");
        List<RemoteRecord> records = new ArrayList<>(orders.size());
        orders.forEach(o -> records.add(ShopifyOrderMapping.order(o)));
        return new Mapped(records, ShopifyJson.newest(orders.stream().map(Order::updatedAt).toList()));
    }

    /** The refunds on a page of orders; the cursor is the orders' (a new refund changes its order's updated_at). */
    static Mapped refunds(String json) {
        List<Order> orders = list(read(json, ShopifyDtos.Orders.class, "orders"), ShopifyDtos.Orders::orders, "orders");
        List<RemoteRecord> records = new ArrayList<>();
        orders.forEach(o -> records.addAll(ShopifyOrderMapping.refunds(o)));
        return new Mapped(records, ShopifyJson.newest(orders.stream().map(Order::updatedAt).toList()));
    }

    static Mapped products(String json) {
        List<Product> products = list(read(json, ShopifyDtos.Products.class, "products"),
                ShopifyDtos.Products::products, "products");
        List<RemoteRecord> records = new ArrayList<>(products.size());
        for (Product p : products) {
            String id = id(p.id(), "a product");
            List<RemoteVariant> variants = p.variants() == null ? List.of() : p.variants().stream()
                    .map(v -> new RemoteVariant(id(v.id(), "a variant of product " + id), ShopifyOrderMapping.sku(v.sku()),
                            v.title(), v.price(), v.barcode() == null || v.barcode().isBlank() ? null : v.barcode(),
                            v.grams(), v.inventoryItemId() == null ? null : v.inventoryItemId().toString()))
                    .toList();
            records.add(new RemoteProduct(id, p.title(), p.vendor(), p.productType(), p.status(),
                    instant(p.updatedAt(), "product " + id), variants));
        }
        return new Mapped(records, ShopifyJson.newest(products.stream().map(Product::updatedAt).toList()));
    }

    /**
     * Inventory levels carry no SKU: the engine matches them by inventory_item_id. A level with no available
     * figure belongs to an item whose stock Shopify does not track, so there is nothing to sync for it.
     */
    static Mapped stockLevels(String json) {
        List<InventoryLevel> levels = list(read(json, ShopifyDtos.InventoryLevels.class, "inventory_levels"),
                ShopifyDtos.InventoryLevels::inventoryLevels, "inventory_levels");
        List<RemoteRecord> records = new ArrayList<>(levels.size());
        for (InventoryLevel l : levels) {
            if (l.available() == null) {
                continue;
            }
            String item = id(l.inventoryItemId(), "an inventory level");
            records.add(new RemoteStockLevel(item, null, id(l.locationId(), "the inventory level of item " + item),
                    l.available(), instant(l.updatedAt(), "inventory item " + item)));
        }
        return new Mapped(records, ShopifyJson.newest(levels.stream().map(InventoryLevel::updatedAt).toList()));
    }

    /** The ids of the locations that can hold stock (not deleted, not deactivated), in Shopify's order. */
    static List<String> activeLocations(String json) {
        return list(read(json, ShopifyDtos.Locations.class, "locations"), ShopifyDtos.Locations::locations, "locations")
                .stream().filter(l -> !Boolean.FALSE.equals(l.active()) && l.deletedAt() == null)
                .map(l -> id(l.id(), "a location")).toList();
    }

    /** shop.json answers {"shop": {...}}; anything else is not a Shopify store. */
    static void shop(String json) {
        JsonNode shop = read(json, JsonNode.class, "shop").get("shop");
        if (shop == null || !shop.isObject()) {
            throw ShopifyJson.badResponse("Shopify's shop.json answer has no shop: is the address a Shopify store?", null);
        }
    }
}
