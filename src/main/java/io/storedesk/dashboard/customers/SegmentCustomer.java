package io.storedesk.dashboard.customers;

import java.math.BigDecimal;

/** A scored customer: the raw recency (days), frequency (orders) and monetary (gross amount), scores, segment, tier. */
public record SegmentCustomer(CustomerActivity activity, long recencyDays, RfmScores scores, RfmSegment segment,
                              CustomerTier tier) {

    public long frequency() {
        return activity.orders();
    }

    public BigDecimal monetary() {
        return activity.monetary();
    }

    public boolean belongsTo(CustomerGroup group) {
        return group == segment || group == tier;
    }
}
