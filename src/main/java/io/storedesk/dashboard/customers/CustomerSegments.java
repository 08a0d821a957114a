package io.storedesk.dashboard.customers;

import io.storedesk.common.RefusedInputException;
import io.storedesk.dashboard.kpi.KpiService;
import io.storedesk.store.ShopSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * RFM scores, segments and tiers of the identified customers who bought in a look-back window ending on a day
 * (that day included), in the shop's time zone. The buying comes from the KPI rollups (monetary is the
 * customer's gmv, as the dashboard's tiles count it); contact details are read only for the customers of a
 * group asked for.
 */
public final class CustomerSegments {

    public static final int DEFAULT_LOOKBACK_DAYS = 365;

    private final CustomerRfmRepository repository;
    private final KpiService kpis;
    private final ShopSettings shop;
    private final Clock clock;
    /** The last report and what it was made from: a filter change or a refresh asks for the same one again. */
    private volatile Remembered remembered;

    private record Remembered(LocalDate asOf, int lookbackDays, long generation, SegmentReport report) {
    }

    public CustomerSegments(CustomerRfmRepository repository, KpiService kpis, ShopSettings shop, Clock clock) {
        this.repository = repository;
        this.kpis = kpis;
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
        long generation = kpis.rollupGeneration();
        Remembered last = remembered;
        if (last != null && generation != 0 && last.generation == generation && last.asOf.equals(asOf)
                && last.lookbackDays == lookbackDays) {
            return last.report;
        }
        SegmentReport report = SegmentReport.of(asOf, firstDay(asOf, lookbackDays), scored(asOf, lookbackDays));
        remembered = new Remembered(asOf, lookbackDays, generation, report);
        return report;
    }

    /** The group's customers, most valuable first (then by id, so the order is stable), with their contacts. */
    public List<SegmentCustomer> customers(LocalDate asOf, CustomerGroup group) {
        List<SegmentCustomer> members = scored(asOf, DEFAULT_LOOKBACK_DAYS).stream()
                .filter(c -> c.belongsTo(group))
                .sorted(Comparator.comparing(SegmentCustomer::monetary).reversed()
                        .thenComparingLong(c -> c.activity().customerId()))
                .toList();
        Map<Long, CustomerContact> contacts = repository.contacts(members.stream()
                .map(c -> c.activity().customerId()).toList());
        return members.stream().map(c -> c.withContact(contacts.get(c.activity().customerId()))).toList();
    }

    /** Every scored customer in the window (without contact details). */
    public List<SegmentCustomer> scored(LocalDate asOf, int lookbackDays) {
        ZoneId zone = shop.zone();
        List<CustomerActivity> activity = kpis.buyers(firstDay(asOf, lookbackDays), asOf).stream()
                .map(b -> new CustomerActivity(b.customerId(), null, null, null, null,
                        b.lastDay().atStartOfDay(zone).toInstant(), b.orders(), b.gmv()))
                .toList();
        return RfmScoring.score(activity, asOf, zone);
    }

    private static LocalDate firstDay(LocalDate asOf, int lookbackDays) {
        if (lookbackDays < 1) {
            throw new RefusedInputException("dashboard.rfm.badLookback", lookbackDays);
        }
        return asOf.minusDays(lookbackDays - 1L);
    }
}
