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

    /** The same customer with contact details (none known: left empty). */
    SegmentCustomer withContact(CustomerContact contact) {
        CustomerActivity a = activity;
        CustomerActivity named = contact == null ? a : new CustomerActivity(a.customerId(), contact.name(),
                contact.phone(), contact.email(), contact.channel(), a.lastOrderAt(), a.orders(), a.monetary());
        return new SegmentCustomer(named, recencyDays, scores, segment, tier);
    }

    public boolean belongsTo(CustomerGroup group) {
        return group == segment || group == tier;
    }
}
