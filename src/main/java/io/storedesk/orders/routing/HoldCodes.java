package io.storedesk.orders.routing;

import java.util.List;

/** Why an order is not routed; each code has a label under routing.hold.{CODE}. */
public final class HoldCodes {

    /** A line names no SKU the catalog knows. */
    public static final String UNKNOWN_SKU = "UNKNOWN_SKU";
    /** A line has fewer units available than ordered in every warehouse the channel may use: a backorder. */
    public static final String NO_STOCK = "NO_STOCK";
    /** No carrier serves the destination from a usable warehouse (exclusions, rate-card gaps, weight limits). */
    public static final String NOT_COVERED = "NOT_COVERED";
    /** A line to ship has no unit weight, so no carrier can price it. */
    public static final String MISSING_WEIGHT = "MISSING_WEIGHT";
    /** The delivery province could not be read from the address. */
    public static final String ADDRESS_UNPARSED = "ADDRESS_UNPARSED";
    /** Every line is presale: the order waits for the goods. */
    public static final String PRESALE_ONLY = "PRESALE_ONLY";
    /** No line has a quantity above zero. */
    public static final String NOTHING_TO_SHIP = "NOTHING_TO_SHIP";

    public static final List<String> ALL = List.of(UNKNOWN_SKU, NO_STOCK, NOT_COVERED, MISSING_WEIGHT,
            ADDRESS_UNPARSED, PRESALE_ONLY, NOTHING_TO_SHIP);

    private HoldCodes() {
    }

    /** NO_STOCK waits for goods (a backorder); every other code needs a person (a hold). */
    public static RouteOutcome outcomeOf(String code) {
        return NO_STOCK.equals(code) ? RouteOutcome.BACKORDER : RouteOutcome.HOLD;
    }
}
