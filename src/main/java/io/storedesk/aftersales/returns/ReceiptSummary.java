package io.storedesk.aftersales.returns;

import java.util.List;

/** What one receipt found: units back on the shelf, units written off, units missing from the parcel. */
public record ReceiptSummary(String ticketCode, String warehouseCode, int resellable, int damaged, int missing) {

    static ReceiptSummary of(String ticketCode, String warehouseCode, List<ReceivedLine> lines) {
        return new ReceiptSummary(ticketCode, warehouseCode, count(lines, ItemCondition.RESELLABLE),
                count(lines, ItemCondition.DAMAGED), count(lines, ItemCondition.MISSING));
    }

    /**
     * The RECEIPT event's body: counts as codes, like the SLA events' bodies, so each desk can show them in its
     * own language ("warehouse=WH-SH resellable=2 damaged=1 missing=0").
     */
    public String eventBody() {
        return "warehouse=" + warehouseCode + " resellable=" + resellable + " damaged=" + damaged + " missing="
                + missing;
    }

    private static int count(List<ReceivedLine> lines, ItemCondition condition) {
        return lines.stream().filter(l -> l.condition() == condition).mapToInt(ReceivedLine::quantity).sum();
    }
}
