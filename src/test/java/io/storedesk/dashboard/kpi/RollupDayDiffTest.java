package io.storedesk.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.dashboard.kpi.RollupRows.SkuDay;
import io.storedesk.dashboard.kpi.RollupRows.Slice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rolling a day up again against its stored rows: only what differs is deleted and inserted. */
class RollupDayDiffTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final long FIRST = RollupKeys.first(DAY);

    @Test
    void anOrderWithAChangedSliceIsReplacedWholeAndTheOthersKeepTheirRows() {
        List<Slice> stored = List.of(slice(FIRST + 7, 1, 10, "100"), slice(FIRST + 8, 2, 10, "50"),
                slice(FIRST + 9, 2, 11, "30"), slice(FIRST + 10, 3, 10, "20"));
        // Order 1 as it was; order 2's second slice changed; order 3 is gone; order 4 is new. Ids of a new build.
        List<Slice> rolled = List.of(slice(0, 1, 10, "100"), slice(1, 2, 10, "50"), slice(2, 2, 11, "35"),
                slice(3, 4, 10, "80"));

        RollupDayDiff.Changes<Slice> changes = RollupDayDiff.slices(DAY, stored, rolled);

        assertThat(changes.deleted()).containsExactly(FIRST + 8, FIRST + 9, FIRST + 10);
        assertThat(changes.inserted()).extracting(Slice::id).containsExactly(FIRST + 11, FIRST + 12, FIRST + 13);
        assertThat(changes.inserted()).extracting(Slice::orderId).containsExactly(2L, 2L, 4L);
        assertThat(changes.inserted().get(1).gmv()).isEqualByComparingTo("35");
    }

    @Test
    void aDayRolledUpAsItWasChangesNothing() {
        List<Slice> stored = List.of(slice(FIRST, 1, 10, "100"), slice(FIRST + 1, 1, 11, "5"));
        List<Slice> rolled = List.of(slice(5, 1, 11, "5"), slice(4, 1, 10, "100"));

        assertThat(RollupDayDiff.slices(DAY, stored, rolled).isEmpty()).isTrue();
        assertThat(RollupDayDiff.skuDays(DAY, List.of(skuDay(FIRST, 1, "10")), List.of(skuDay(3, 1, "10")))
                .isEmpty()).isTrue();
    }

    @Test
    void aSkuDayWrittenAsTwoRowsBecomesOneAndAGoneOneIsDeleted() {
        // SKU 1 was written in two parts by a build; SKU 2 sold no more; SKU 3 is as it was; SKU 4 is new.
        List<SkuDay> stored = List.of(skuDay(FIRST + 1, 1, "10"), skuDay(FIRST + 2, 2, "7"),
                skuDay(FIRST + 3, 1, "5"), skuDay(FIRST + 4, 3, "9"));
        List<SkuDay> rolled = List.of(skuDay(0, 1, "15"), skuDay(1, 3, "9"), skuDay(2, 4, "1"));

        RollupDayDiff.Changes<SkuDay> changes = RollupDayDiff.skuDays(DAY, stored, rolled);

        assertThat(changes.deleted()).containsExactlyInAnyOrder(FIRST + 1, FIRST + 3, FIRST + 2);
        assertThat(changes.inserted()).extracting(SkuDay::skuId).containsExactly(1L, 4L);
        assertThat(changes.inserted()).extracting(SkuDay::id).containsExactly(FIRST + 5, FIRST + 6);
    }

    @Test
    void aDayWithoutStoredRowsNumbersFromItsFirstId() {
        RollupDayDiff.Changes<Slice> changes = RollupDayDiff.slices(DAY, List.of(), List.of(slice(42, 1, 10, "1")));

        assertThat(changes.inserted()).extracting(Slice::id).containsExactly(FIRST);
        assertThat(changes.deleted()).isEmpty();
    }

    private static Slice slice(long id, long order, long category, String gmv) {
        return new Slice(id, order, 1L, category, DAY, 10, 1, "上海市", null, true, money(gmv), 1, money(gmv));
    }

    private static SkuDay skuDay(long id, long sku, String gmv) {
        return new SkuDay(id, DAY, 1, 1L, 10L, sku, "上海市", money(gmv), 1, money(gmv), money("1"));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(4);
    }
}
