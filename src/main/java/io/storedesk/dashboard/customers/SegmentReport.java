package io.storedesk.dashboard.customers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        // One pass: each customer is in exactly one segment and one tier.
        Map<CustomerGroup, Sum> sums = new HashMap<>();
        Sum total = new Sum();
        for (SegmentCustomer customer : scored) {
            total.add(customer.monetary());
            sums.computeIfAbsent(customer.segment(), g -> new Sum()).add(customer.monetary());
            sums.computeIfAbsent(customer.tier(), g -> new Sum()).add(customer.monetary());
        }
        List<GroupShare> segments = new ArrayList<>();
        for (RfmSegment segment : RfmSegment.values()) {
            segments.add(share(segment, sums.getOrDefault(segment, new Sum()), scored.size(), total.amount()));
        }
        List<GroupShare> tiers = new ArrayList<>();
        for (CustomerTier tier : CustomerTier.values()) {
            tiers.add(share(tier, sums.getOrDefault(tier, new Sum()), scored.size(), total.amount()));
        }
        return new SegmentReport(asOf, firstDay, scored.size(), total.amount(), segments, tiers);
    }

    public GroupShare share(CustomerGroup group) {
        return (group instanceof RfmSegment ? segments : tiers).stream()
                .filter(s -> s.group() == group).findFirst().orElseThrow();
    }

    private static GroupShare share(CustomerGroup group, Sum sum, int customers, BigDecimal total) {
        BigDecimal monetary = sum.amount();
        return new GroupShare(group, sum.count, monetary, percent(BigDecimal.valueOf(sum.count),
                BigDecimal.valueOf(customers)), percent(monetary, total));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_EVEN);
    }

    /**
     * A group's customers and their monetary, summed exactly: in a long of the amounts' own scale while they all
     * share one and it fits (72,000 BigDecimal additions per group took a quarter of a refresh), else as decimals.
     */
    private static final class Sum {
        int count;
        private long unscaled;
        private int scale = -1;
        private BigDecimal overflow;

        void add(BigDecimal amount) {
            count++;
            if (overflow == null && (scale == -1 || amount.scale() == scale)) {
                try {
                    unscaled = Math.addExact(unscaled, amount.unscaledValue().longValueExact());
                    scale = amount.scale();
                    return;
                } catch (ArithmeticException tooLarge) {
                    // Falls through to decimals.
                }
            }
            if (overflow == null) {
                overflow = scale == -1 ? BigDecimal.ZERO : BigDecimal.valueOf(unscaled, scale);
            }
            overflow = overflow.add(amount);
        }

        BigDecimal amount() {
            if (overflow != null) {
                return overflow;
            }
            return scale == -1 ? BigDecimal.ZERO : BigDecimal.valueOf(unscaled, scale);
        }
    }
}
