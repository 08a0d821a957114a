package io.storedesk.orders.review;

import static io.storedesk.orders.review.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.orders.Address;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MergeFinderTest {

    private static final Duration DAY = Duration.ofHours(24);

    private final AddressNormaliser normaliser = new AddressNormaliser();
    private final MergeFinder finder = new MergeFinder();

    @Test
    void memberOrdersToTheSameAddressMerge() {
        List<MergeGroup> groups = find(order(1), order(2).placed(Duration.ofHours(3)));

        assertThat(groups).containsExactly(new MergeGroup(1, List.of(1L, 2L), "review.merge.suggested",
                List.of(2, "郑雪")));
    }

    @Test
    void guestOrdersMergeByNameAndPhone() {
        List<MergeGroup> groups = find(order(1).guest(), order(2).guest().placed(Duration.ofHours(1)),
                order(3).guest().receiver("郑雪", "134****4157").placed(Duration.ofHours(2)),
                order(4).guest().receiver("郑 雪", "134 **** 4156").placed(Duration.ofHours(3)));

        assertThat(groups).extracting(MergeGroup::orderIds).containsExactly(List.of(1L, 2L, 4L));
    }

    @Test
    void guestWithoutAPhoneNeverMerges() {
        assertThat(find(order(1).guest().receiver("郑雪", ""), order(2).guest().receiver("郑雪", "")
                .placed(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void memberAndGuestOrdersStayApart() {
        assertThat(find(order(1), order(2).guest().placed(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void presaleNeverMergesWithInStock() {
        List<MergeGroup> groups = find(order(1), order(2).presale().placed(Duration.ofHours(1)),
                order(3).presale().placed(Duration.ofHours(2)));

        assertThat(groups).extracting(MergeGroup::orderIds).containsExactly(List.of(2L, 3L));
    }

    @Test
    void ordersOutsideWindowDoNotMerge() {
        assertThat(find(order(1), order(2).placed(DAY.plusSeconds(1)))).isEmpty();
        assertThat(find(order(1), order(2).placed(DAY))).hasSize(1);
    }

    @Test
    void eachOrderChainsToThePreviousOneWithinTheWindow() {
        List<MergeGroup> groups = find(order(1), order(2).placed(Duration.ofHours(20)),
                order(3).placed(Duration.ofHours(40)), order(4).placed(Duration.ofHours(70)),
                order(5).placed(Duration.ofHours(80)));

        assertThat(groups).extracting(MergeGroup::orderIds).containsExactly(List.of(1L, 2L, 3L), List.of(4L, 5L));
    }

    @Test
    void differentChannelsDoNotMerge() {
        assertThat(find(order(1).channel(1), order(2).channel(2).placed(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void differentFlatsDoNotMerge() {
        assertThat(find(order(1), order(2).line("新华路121号碧桂园29栋4单元1606室").placed(Duration.ofHours(1))))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"PENDING_PAYMENT", "ROUTED", "SHIPPED", "DELIVERED", "CANCELLED",
            "MERGED"})
    void onlyPaidOrOnHoldOrdersMerge(OrderStatus status) {
        assertThat(find(order(1), order(2).status(status).placed(Duration.ofHours(1)),
                order(3).status(OrderStatus.ON_HOLD).placed(Duration.ofHours(2))))
                .extracting(MergeGroup::orderIds).containsExactly(List.of(1L, 3L));
    }

    @Test
    void addressSpellingsOfOnePlaceMerge() {
        Address oneField = new Address("郑雪", "134****4156", null, "广东省惠州市", null, null,
                "新华路１２１号 碧桂园29栋4单元1605室");

        assertThat(find(order(1), order(2).shipTo(oneField).placed(Duration.ofHours(1))))
                .extracting(MergeGroup::targetOrderId).containsExactly(1L);
    }

    @Test
    void earliestOrderIsTheTargetAndTheOutputDoesNotDependOnInputOrder() {
        List<MergeCandidate> candidates = new ArrayList<>(candidates(order(7).placed(Duration.ofHours(5)),
                order(3).placed(Duration.ofHours(2)), order(9).placed(Duration.ofHours(2)),
                order(2).customer(77L).placed(Duration.ofHours(1)), order(8).customer(77L)));
        List<MergeGroup> expected = finder.find(candidates, DAY);
        Collections.shuffle(candidates, new Random(42));

        assertThat(expected).extracting(MergeGroup::orderIds).containsExactly(List.of(8L, 2L), List.of(3L, 9L, 7L));
        assertThat(expected.get(1).mergedOrderIds()).containsExactly(9L, 7L);
        assertThat(finder.find(candidates, DAY)).isEqualTo(expected);
    }

    @Test
    void theSameOrderListedTwiceMergesWithNothing() {
        assertThat(finder.find(candidates(order(1), order(1)), DAY)).isEmpty();
    }

    private List<MergeGroup> find(TestOrders... orders) {
        return finder.find(candidates(orders), DAY);
    }

    private List<MergeCandidate> candidates(TestOrders... orders) {
        return Stream.of(orders).map(TestOrders::build)
                .map((Order o) -> MergeCandidate.of(o, normaliser.normalise(o.shipTo()))).toList();
    }
}
