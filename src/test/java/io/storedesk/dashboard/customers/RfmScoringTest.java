package io.storedesk.dashboard.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quintile scores, segments and tiers against a table of ten customers worked out by hand. */
class RfmScoringTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    /**
     * Ten customers: n = 10, so rank k scores 1 + ⌊k / 2⌋. Ties share the first rank: the four one-order
     * customers all rank 0 (F = 1), the two 300-spenders both rank 4 (M = 3).
     */
    private static List<CustomerActivity> tenCustomers() {
        return List.of(
                customer(1, 0, 10, "1000"),
                customer(2, 5, 6, "800"),
                customer(3, 10, 1, "40"),
                customer(4, 20, 3, "450"),
                customer(5, 30, 2, "300"),
                customer(6, 60, 2, "300"),
                customer(7, 90, 1, "200"),
                customer(8, 120, 1, "100"),
                customer(9, 200, 5, "900"),
                customer(10, 300, 1, "20"));
    }

    @ParameterizedTest(name = "customer {0}: R{1} F{2} M{3} {4} {5}")
    @CsvSource(textBlock = """
            1,  5, 5, 5, CHAMPIONS,      STRATEGIC
            2,  5, 5, 4, CHAMPIONS,      STRATEGIC
            3,  4, 1, 1, PROMISING,      GROWTH
            4,  4, 4, 4, LOYAL,          STRATEGIC
            5,  3, 3, 3, NEED_ATTENTION, STRATEGIC
            6,  3, 3, 3, NEED_ATTENTION, STRATEGIC
            7,  2, 1, 2, HIBERNATING,    DORMANT
            8,  2, 1, 2, HIBERNATING,    DORMANT
            9,  1, 4, 5, CANT_LOSE,      POTENTIAL
            10, 1, 1, 1, LOST,           DORMANT
            """)
    void scoresTheHandComputedTable(long id, int r, int f, int m, RfmSegment segment, CustomerTier tier) {
        SegmentCustomer scored = byId(RfmScoring.score(tenCustomers(), AS_OF, ZoneOffset.UTC), id);

        assertThat(scored.scores()).isEqualTo(new RfmScores(r, f, m));
        assertThat(scored.segment()).isEqualTo(segment);
        assertThat(scored.tier()).isEqualTo(tier);
    }

    @Test
    void recencyCountsCalendarDaysToTheAsOfDay() {
        List<SegmentCustomer> scored = RfmScoring.score(tenCustomers(), AS_OF, ZoneOffset.UTC);

        assertThat(byId(scored, 1).recencyDays()).isZero();
        assertThat(byId(scored, 9).recencyDays()).isEqualTo(200);
    }

    @Test
    void scoresDoNotDependOnTheOrderCustomersArriveIn() {
        List<CustomerActivity> shuffled = new ArrayList<>(tenCustomers());
        Collections.shuffle(shuffled, new Random(7));

        assertThat(sortedScores(RfmScoring.score(shuffled, AS_OF, ZoneOffset.UTC)))
                .isEqualTo(sortedScores(RfmScoring.score(tenCustomers(), AS_OF, ZoneOffset.UTC)));
    }

    @Test
    void quintilesOfNumbersEqualThoseOfTheComparatorTiesIncluded() {
        java.util.Random random = new java.util.Random(7);
        for (int n : new int[] {1, 2, 5, 17, 1_000}) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = random.nextInt(Math.max(1, n / 3)) - n / 6;
            }

            assertThat(RfmScoring.quintiles(keys)).as("n = " + n)
                    .containsExactly(RfmScoring.quintiles(n, Comparator.comparingLong((Integer i) -> keys[i])));
        }
    }

    @Test
    void quintilesOfLargeAndOfExtremeNumbersEqualThoseOfTheComparator() {
        java.util.Random random = new java.util.Random(11);
        // Amounts in ten-thousandths up to 10^15 still fit beside an index; the extremes of a long do not.
        long[][] cases = {new long[2_000], {Long.MIN_VALUE, Long.MAX_VALUE, 0, Long.MAX_VALUE, -1, Long.MIN_VALUE}};
        for (int i = 0; i < cases[0].length; i++) {
            cases[0][i] = random.nextLong(1_000_000_000_000_000L) * (i % 7 == 0 ? 1 : 0) + i % 13;
        }
        for (long[] keys : cases) {
            assertThat(RfmScoring.quintiles(keys)).as("%d keys", keys.length).containsExactly(
                    RfmScoring.quintiles(keys.length, Comparator.comparingLong((Integer i) -> keys[i])));
        }
    }

    @Test
    void quintilesOfAFewCustomersSpreadByRank() {
        // n = 3: ranks 0, 1, 2 score 1 + ⌊5k / 3⌋ = 1, 2, 4.
        int[] values = {30, 10, 20};
        int[] scores = RfmScoring.quintiles(3, Comparator.comparingInt((Integer i) -> values[i]));

        assertThat(scores).containsExactly(4, 1, 2);
    }

    @Test
    void everyoneTiedScoresOne() {
        int[] scores = RfmScoring.quintiles(4, Comparator.comparingInt((Integer i) -> 0));

        assertThat(scores).containsExactly(1, 1, 1, 1);
    }

    @Test
    void reportCountsAndSharesPerSegmentAndTier() {
        SegmentReport report = SegmentReport.of(AS_OF, AS_OF.minusDays(364),
                RfmScoring.score(tenCustomers(), AS_OF, ZoneOffset.UTC));

        // Total 4110: champions 1000 + 800; strategic 1000 + 800 + 450 + 300 + 300.
        assertThat(report.customers()).isEqualTo(10);
        assertThat(report.monetary()).isEqualByComparingTo("4110");
        GroupShare champions = report.share(RfmSegment.CHAMPIONS);
        assertThat(champions.customers()).isEqualTo(2);
        assertThat(champions.monetary()).isEqualByComparingTo("1800");
        assertThat(champions.customerSharePercent()).isEqualByComparingTo("20.00");
        assertThat(champions.revenueSharePercent()).isEqualByComparingTo("43.80");
        assertThat(report.share(RfmSegment.AT_RISK).customers()).isZero();
        assertThat(report.tiers()).extracting(s -> s.revenueSharePercent().toPlainString())
                .containsExactly("69.34", "21.90", "0.97", "7.79");
        assertThat(report.tiers()).extracting(GroupShare::customers).containsExactly(5, 1, 1, 3);
        assertThat(report.segments()).hasSize(RfmSegment.values().length);
    }

    @Test
    void reportSumsAmountsOfMixedScalesAndBeyondALongExactly() {
        List<CustomerActivity> customers = List.of(customer(1, 0, 1, "9000000000000000000.5"),
                customer(2, 0, 1, "9000000000000000000"), customer(3, 0, 1, "0.25"), customer(4, 0, 1, "1.1"));

        SegmentReport report = SegmentReport.of(AS_OF, AS_OF.minusDays(364),
                RfmScoring.score(customers, AS_OF, ZoneOffset.UTC));

        assertThat(report.monetary()).isEqualByComparingTo("18000000000000000001.85");
        assertThat(report.tiers().stream().map(GroupShare::monetary).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("18000000000000000001.85");
        assertThat(report.segments().stream().mapToInt(GroupShare::customers).sum()).isEqualTo(4);
    }

    @Test
    void anEmptyWindowReportsZeroShares() {
        SegmentReport report = SegmentReport.of(AS_OF, AS_OF, List.of());

        assertThat(report.customers()).isZero();
        assertThat(report.share(CustomerTier.STRATEGIC).revenueSharePercent()).isEqualByComparingTo("0");
    }

    private static List<String> sortedScores(List<SegmentCustomer> scored) {
        return scored.stream().sorted(Comparator.comparingLong(c -> c.activity().customerId()))
                .map(c -> c.activity().customerId() + ":" + c.scores() + ":" + c.segment()).toList();
    }

    private static SegmentCustomer byId(List<SegmentCustomer> scored, long id) {
        return scored.stream().filter(c -> c.activity().customerId() == id).findFirst().orElseThrow();
    }

    private static CustomerActivity customer(long id, int daysAgo, long orders, String monetary) {
        return new CustomerActivity(id, "Customer " + id, "1380000000" + id, "c" + id + "@example.com", "Tmall",
                AS_OF.minusDays(daysAgo).atTime(12, 0).toInstant(ZoneOffset.UTC), orders, new BigDecimal(monetary));
    }
}
