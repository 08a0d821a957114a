package io.storedesk.sync.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.remote.PurchaseOrderPush;
import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.remote.SalesOrderPush;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Creates draft purchase orders and sales orders in Odoo. Odoo's create is not idempotent, so every batch
 * first searches for orders that already carry our reference (purchase.order origin, sale.order
 * client_order_ref) and accepts those as they are: a message pushed again after a crash, or after a create
 * whose answer was lost, leaves one order in Odoo.
 */
final class OdooOrderPusher {

    /** Mid-day, so that the planned date shows as the same day in any time zone Odoo displays it in. */
    private static final LocalTime PLANNED_TIME = LocalTime.NOON;

    private final OdooRpc rpc;
    private final OdooLookups lookups;

    OdooOrderPusher(OdooRpc rpc, OdooLookups lookups) {
        this.rpc = rpc;
        this.lookups = lookups;
    }

    List<PushReceipt> purchaseOrders(List<PurchaseOrderPush> orders) {
        Map<String, Long> existing = lookups.existingOrders("purchase.order", "origin",
                distinct(orders.stream().map(PurchaseOrderPush::code).toList()));
        OdooPartners suppliers = new OdooPartners(lookups.partners(
                distinct(orders.stream().map(PurchaseOrderPush::supplierCode).toList()),
                distinct(orders.stream().map(PurchaseOrderPush::supplierName).toList())));
        OdooProducts products = new OdooProducts(lookups.productsBySku(
                distinct(orders.stream().flatMap(o -> o.lines().stream()).map(PurchaseOrderPush.Line::sku).toList())));
        Map<String, Long> currencies = lookups.currencies(
                distinct(orders.stream().map(PurchaseOrderPush::currency).toList()));
        List<PushReceipt> receipts = new ArrayList<>();
        for (PurchaseOrderPush order : orders) {
            Long already = existing.get(order.code());
            if (already != null) {
                receipts.add(PushReceipt.accepted(order.idempotencyKey(), String.valueOf(already)));
                continue;
            }
            OdooPartners.Choice supplier = suppliers.choose(order.supplierCode(), order.supplierName(), "supplier");
            List<String> missing = products.missing(order.lines().stream().map(PurchaseOrderPush.Line::sku).toList());
            String refusal = supplier.refusal() != null ? supplier.refusal()
                    : !missing.isEmpty() ? products.refusal(missing)
                    : order.currency() != null && !currencies.containsKey(order.currency())
                    ? "currency " + order.currency() + " is not active in Odoo" : null;
            if (refusal != null) {
                receipts.add(PushReceipt.refused(order.idempotencyKey(), refusal));
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("partner_id", supplier.partnerId());
            values.put("partner_ref", order.code());
            values.put("origin", order.code());
            if (order.expectedOn() != null) {
                values.put("date_planned", planned(order.expectedOn()));
            }
            if (order.currency() != null) {
                values.put("currency_id", currencies.get(order.currency()));
            }
            List<Object> lines = new ArrayList<>();
            for (PurchaseOrderPush.Line line : order.lines()) {
                OdooLookups.Product product = products.only(line.sku());
                Map<String, Object> lineValues = new LinkedHashMap<>();
                lineValues.put("product_id", product.id());
                lineValues.put("name", Objects.requireNonNullElse(product.displayName(), line.sku()));
                lineValues.put("product_qty", line.quantity());
                lineValues.put("price_unit", line.unitCost());
                if (product.purchaseUomId() != null) {
                    lineValues.put("product_uom", product.purchaseUomId());
                }
                lines.add(newLine(lineValues));
            }
            values.put("order_line", lines);
            receipts.add(create("purchase.order", values, order.idempotencyKey(), order.code(), existing));
        }
        return receipts;
    }

    List<PushReceipt> salesOrders(List<SalesOrderPush> orders) {
        Map<String, Long> existing = lookups.existingOrders("sale.order", "client_order_ref",
                distinct(orders.stream().map(SalesOrderPush::orderRef).toList()));
        OdooPartners customers = new OdooPartners(lookups.partners(List.of(),
                distinct(orders.stream().map(SalesOrderPush::customerName).toList())));
        OdooProducts products = new OdooProducts(lookups.productsBySku(
                distinct(orders.stream().flatMap(o -> o.lines().stream()).map(SalesOrderPush.Line::sku).toList())));
        List<PushReceipt> receipts = new ArrayList<>();
        for (SalesOrderPush order : orders) {
            Long already = existing.get(order.orderRef());
            if (already != null) {
                receipts.add(PushReceipt.accepted(order.idempotencyKey(), String.valueOf(already)));
                continue;
            }
            OdooPartners.Choice customer = customers.choose(null, order.customerName(), "customer");
            List<String> missing = products.missing(order.lines().stream().map(SalesOrderPush.Line::sku).toList());
            String refusal = customer.refusal() != null ? customer.refusal()
                    : !missing.isEmpty() ? products.refusal(missing) : null;
            if (refusal != null) {
                receipts.add(PushReceipt.refused(order.idempotencyKey(), refusal));
                continue;
            }
            // No currency_id: on a sales order Odoo takes the currency from the pricelist.
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("partner_id", customer.partnerId());
            values.put("client_order_ref", order.orderRef());
            values.put("origin", order.orderRef());
            if (order.placedAt() != null) {
                values.put("date_order", OdooValues.datetime(order.placedAt()));
            }
            List<Object> lines = new ArrayList<>();
            for (SalesOrderPush.Line line : order.lines()) {
                OdooLookups.Product product = products.only(line.sku());
                Map<String, Object> lineValues = new LinkedHashMap<>();
                lineValues.put("product_id", product.id());
                lineValues.put("name", Objects.requireNonNullElse(product.displayName(), line.sku()));
                lineValues.put("product_uom_qty", line.quantity());
                lineValues.put("price_unit", line.unitPrice());
                if (product.uomId() != null) {
                    lineValues.put("product_uom", product.uomId());
                }
                lines.add(newLine(lineValues));
            }
            values.put("order_line", lines);
            receipts.add(create("sale.order", values, order.idempotencyKey(), order.orderRef(), existing));
        }
        return receipts;
    }

    /**
     * One create; Odoo's refusal of this order (ValidationError, UserError) is a refused receipt with Odoo's
     * words, while a fault that concerns every order (auth, 5xx, network) ends the call for the engine to retry.
     */
    private PushReceipt create(String model, Map<String, Object> values, String idempotencyKey, String reference,
                               Map<String, Long> existing) {
        try {
            JsonNode id = rpc.execute(model, "create", List.of(values), Map.of(), false);
            if (!id.canConvertToLong()) {
                throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200,
                        "Odoo answered the " + model + " create with " + id + " instead of an id");
            }
            // A second message with the same reference later in this batch finds this order.
            existing.put(reference, id.asLong());
            return PushReceipt.accepted(idempotencyKey, String.valueOf(id.asLong()));
        } catch (RemoteFault fault) {
            if (fault.kind() == RemoteFault.Kind.REJECTED) {
                return PushReceipt.refused(idempotencyKey, "Odoo refused " + model + " " + reference + ": "
                        + fault.remoteMessage());
            }
            throw fault;
        }
    }

    /** Odoo's x2many command (0, 0, values): create this line with the order. */
    private static List<Object> newLine(Map<String, Object> values) {
        return List.of(0, 0, values);
    }

    private static String planned(LocalDate day) {
        return OdooValues.DATETIME.format(day.atTime(PLANNED_TIME));
    }

    private static List<String> distinct(List<String> values) {
        Set<String> kept = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value);
            }
        }
        return List.copyOf(kept);
    }
}
