package io.storedesk.aftersales;

/** A ticket's line as a person reads it: the SKU by code and title, expected and received units, the finding. */
public record TicketLineView(long id, String skuCode, String title, int quantity, int receivedQuantity,
                             String conditionFound) {

    /** Units still expected at the warehouse. */
    public int outstanding() {
        return Math.max(0, quantity - receivedQuantity);
    }
}
