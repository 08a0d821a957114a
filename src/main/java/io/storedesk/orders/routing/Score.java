package io.storedesk.orders.routing;

/**
 * The routing objective of one plan, compared lexicographically: late parcels, then parcels, then cost (in
 * ten-thousandths), then the sum of the warehouses' priority numbers. Mutable, so searches reuse a few.
 */
final class Score {

    boolean valid;
    int late;
    int shipments;
    long cost;
    long priority;

    void reset() {
        valid = true;
        late = 0;
        shipments = 0;
        cost = 0;
        priority = 0;
    }

    void invalidate() {
        valid = false;
    }

    void copyFrom(Score other) {
        valid = other.valid;
        late = other.late;
        shipments = other.shipments;
        cost = other.cost;
        priority = other.priority;
    }

    /** Strictly better; an invalid score is worse than any valid one. Ties keep the plan found first. */
    boolean betterThan(Score other) {
        if (!valid) {
            return false;
        }
        if (!other.valid) {
            return true;
        }
        if (late != other.late) {
            return late < other.late;
        }
        if (shipments != other.shipments) {
            return shipments < other.shipments;
        }
        if (cost != other.cost) {
            return cost < other.cost;
        }
        return priority < other.priority;
    }
}
