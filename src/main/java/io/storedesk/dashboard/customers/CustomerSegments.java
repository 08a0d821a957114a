package io.storedesk.dashboard.customers;

import io.storedesk.common.RefusedInputException;
import io.storedesk.store.ShopSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * RFM scores, segments and tiers of the identified customers who bought in a look-back window ending on a day
 * (that day included), in the shop's time zone.
 */
public final class CustomerSegments {

    public static final int DEFAULT_LOOKBACK_DAYS = 365;

    private final CustomerRfmRepository repository;
    private final ShopSettings shop;
    private final Clock clock;

    public CustomerSegments(CustomerRfmRepository repository, ShopSettings shop, Clock clock) {
        this.repository = repository;
        this.shop = shop;
        this.clock = clock;
    }

    /** Today in the shop's zone: the default as-of day. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(shop.zone()));
    }

    public SegmentReport report(LocalDate asOf) {
        return report(asOf, DEFAULT_LOOKBACK_DAYS);
    }

    public SegmentReport report(LocalDate asOf, int lookbackDays) {
        return SegmentReport.of(asOf, firstDay(asOf, lookbackDays), scored(asOf, lookbackDays));
    }

    /** The group's customers, most valuable first (then by id, so the order is stable). */
    public List<SegmentCustomer> customers(LocalDate asOf, CustomerGroup group) {
        return scored(asOf, DEFAULT_LOOKBACK_DAYS).stream()
                .filter(c -> c.belongsTo(group))
                .sorted(Comparator.comparing(SegmentCustomer::monetary).reversed()
                        .thenComparingLong(c -> c.activity().customerId()))
                .toList();
    }

    /** Every scored customer in the window. */
    public List<SegmentCustomer> scored(LocalDate asOf, int lookbackDays) {
        ZoneId zone = shop.zone();
        LocalDate first = firstDay(asOf, lookbackDays);
        List<CustomerActivity> activity = repository.activity(first.atStartOfDay(zone).toInstant(),
                asOf.plusDays(1).atStartOfDay(zone).toInstant());
        return RfmScoring.score(activity, asOf, zone);
    }

    private static LocalDate firstDay(LocalDate asOf, int lookbackDays) {
        if (lookbackDays < 1) {
            throw new RefusedInputException("dashboard.rfm.badLookback", lookbackDays);
        }
        return asOf.minusDays(lookbackDays - 1L);
    }
}
