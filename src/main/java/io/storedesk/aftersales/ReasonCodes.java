package io.storedesk.aftersales;

import java.util.List;

/** The reasons a person picks from for each ticket type, most common first (codes; the bundles name them). */
public final class ReasonCodes {

    private ReasonCodes() {
    }

    public static List<String> forType(TicketType type) {
        return switch (type) {
            case RETURN, EXCHANGE -> List.of("SIZE", "QUALITY", "NOT_AS_DESCRIBED", "WRONG_ITEM", "DAMAGED",
                    "NO_LONGER_NEEDED");
            case REFUND_ONLY -> List.of("QUALITY", "DAMAGED", "MISSING_PART", "NOT_AS_DESCRIBED");
            case COMPLAINT -> List.of("LATE_DELIVERY", "DAMAGED_PARCEL", "SERVICE", "QUALITY");
            case INQUIRY -> List.of("SHIPPING_TIME", "USAGE", "INVOICE");
        };
    }
}
