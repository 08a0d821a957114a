package io.storedesk.stock;

import io.storedesk.security.AuditLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Stock changes other than ledger movements, as audit entries: the planning thresholds (entity "settings",
 * id "stock.planning"), a channel's stock share (entity "channel", its code), and purchase orders and transfers
 * (entity "purchase_order" / "transfer", their codes) with status and units received per line before and after.
 */
final class StockDocumentAudit {

    static final String PURCHASE_ORDER = "purchase_order";
    static final String TRANSFER = "transfer";

    private StockDocumentAudit() {
    }

    static AuditLog.Change policy(PlanningPolicy before, PlanningPolicy after) {
        return new AuditLog.Change("stock.policy", "settings", "stock.planning", values(before), values(after));
    }

    static AuditLog.Change channelShare(String channelCode, ChannelStockPolicy before, ChannelStockPolicy after) {
        return new AuditLog.Change("stock.channelShare", "channel", channelCode, values(before), values(after));
    }

    static AuditLog.Change purchaseOrder(String action, StoredPurchaseOrder before, StoredPurchaseOrder after) {
        return new AuditLog.Change("stock.po." + action, PURCHASE_ORDER, before.code(),
                document(before.status().name(), received(before.lines().stream()
                        .map(l -> l.skuId() + ":" + l.receivedQuantity() + "/" + l.quantity()).toList())),
                document(after.status().name(), received(after.lines().stream()
                        .map(l -> l.skuId() + ":" + l.receivedQuantity() + "/" + l.quantity()).toList())));
    }

    static AuditLog.Change transfer(String action, StockTransfer before, StockTransfer after) {
        return new AuditLog.Change("stock.transfer." + action, TRANSFER, before.code(),
                document(before.status().name(), received(before.lines().stream()
                        .map(l -> l.skuId() + ":" + l.receivedQuantity() + "/" + l.quantity()).toList())),
                document(after.status().name(), received(after.lines().stream()
                        .map(l -> l.skuId() + ":" + l.receivedQuantity() + "/" + l.quantity()).toList())));
    }

    private static Map<String, String> document(String status, String received) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", status);
        values.put("received", received);
        return values;
    }

    private static String received(List<String> lines) {
        return lines.stream().collect(Collectors.joining(";"));
    }

    private static Map<String, String> values(ChannelStockPolicy policy) {
        return Map.of("ratio", policy.ratio().toPlainString(), "buffer", String.valueOf(policy.buffer()));
    }

    private static Map<String, String> values(PlanningPolicy p) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("targetCoverDays", String.valueOf(p.targetCoverDays()));
        values.put("overstockCoverDays", String.valueOf(p.overstockCoverDays()));
        values.put("slowMovingDays", String.valueOf(p.slowMovingDays()));
        values.put("nearExpiryDays", String.valueOf(p.nearExpiryDays()));
        values.put("defaultLeadTimeDays", String.valueOf(p.defaultLeadTimeDays()));
        values.put("serviceLevel", p.defaultServiceLevel().toPlainString());
        values.put("abcA", p.abcA().toPlainString());
        values.put("abcB", p.abcB().toPlainString());
        return values;
    }
}
