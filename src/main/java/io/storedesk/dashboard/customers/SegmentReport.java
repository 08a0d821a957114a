package io.storedesk.dashboard.customers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts and revenue shares per RFM segment and per tier, as of a day, over the look-back window
 * [firstDay, asOf] in the shop's zone. Monetary is gross (Σ quantity × unit price of sold lines, before refunds).
 */
public record SegmentReport(LocalDate asOf, LocalDate firstDay, int customers, BigDecimal monetary,
                            List<GroupShare> segments, List<GroupShare> tiers) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SegmentReport {
        segments = List.copyOf(segments);
        tiers = List.copyOf(tiers);
    }

    /** Every segment and every tier, empty ones included, in their declared order. */
    static SegmentReport of(LocalDate asOf, LocalDate firstDay, List<SegmentCustomer> scored) {
        BigDecimal total = scored.stream().map(SegmentCustomer::monetary).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<GroupShare> segments = new ArrayList<>();
        for (RfmSegment segment : RfmSegment.values()) {
            segments.add(share(segment, scored, total));
        }
        List<GroupShare> tiers = new ArrayList<>();
        for (CustomerTier tier : CustomerTier.values()) {
            tiers.add(share(tier, scored, total));
        }
        return new SegmentReport(asOf, firstDay, scored.size(), total, segments, tiers);
    }

    public GroupShare share(CustomerGroup group) {
        return (group instanceof RfmSegment ? segments : tiers).stream()
                .filter(s -> s.group() == group).findFirst().orElseThrow();
    }

    private static GroupShare share(CustomerGroup group, List<SegmentCustomer> scored, BigDecimal total) {
        int count = 0;
        BigDecimal monetary = BigDecimal.ZERO;
        for (SegmentCustomer customer : scored) {
            if (customer.belongsTo(group)) {
                count++;
                monetary = monetary.add(customer.monetary());
            }
        }
        return new GroupShare(group, count, monetary, percent(BigDecimal.valueOf(count),
                BigDecimal.valueOf(scored.size())), percent(monetary, total));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_EVEN);
    }
}
