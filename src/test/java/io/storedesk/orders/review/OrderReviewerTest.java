package io.storedesk.orders.review;

import static io.storedesk.orders.review.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.orders.Address;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderReviewerTest {

    private static final ReviewPolicy DEFAULTS = ReviewPolicy.defaults();

    private final OrderReviewer reviewer = new OrderReviewer();

    @Test
    void paidOrderWithACompleteAddressHasNoHolds() {
        assertThat(review(order(1).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "请尽快发货", "请尽快发货，谢谢", "请尽快发货,谢谢！", "请尽快发货 谢谢", "谢谢~", " 无 ",
            ".", "。", "谢谢。"})
    void boilerplateNoteDoesNotHold(String note) {
        assertThat(codes(review(order(1).note(note).build()))).doesNotContain(ReviewHold.BUYER_NOTE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"宝宝急用，能发顺丰吗？", "不要放快递柜，放门卫室", "送人的，请不要放发货单", "请尽快发货，谢谢，发顺丰",
            "无糖的"})
    void realNoteHoldsWithTheNote(String note) {
        assertThat(review(order(1).note(" " + note + " ").build()))
                .containsExactly(ReviewHold.of(ReviewHold.BUYER_NOTE, note));
    }

    @Test
    void buyerNoteRuleOffLetsNotesThrough() {
        ReviewPolicy off = new ReviewPolicy(true, false, DEFAULTS.highAmount(), 3, Duration.ofHours(24), true, true);

        assertThat(reviewer.review(order(1).note("宝宝急用，能发顺丰吗？").build(), off, PhoneActivity.none())).isEmpty();
    }

    @Test
    void amountAboveThresholdHolds() {
        assertThat(review(order(1).total("5000.01", "CNY").build())).containsExactly(ReviewHold.of(
                ReviewHold.HIGH_AMOUNT, new BigDecimal("5000.01"), new BigDecimal("5000.00"), "CNY"));
    }

    @Test
    void amountAtThresholdDoesNotHold() {
        assertThat(review(order(1).total("5000.00", "CNY").build())).isEmpty();
    }

    @Test
    void amountInAnotherCurrencyIsNotComparedWithAYuanThreshold() {
        assertThat(review(order(1).total("9000.00", "USD").build())).isEmpty();
    }

    @Test
    void highAmountOffNeverHolds() {
        ReviewPolicy off = new ReviewPolicy(true, true, null, 3, Duration.ofHours(24), true, true);

        assertThat(reviewer.review(order(1).total("99999.00", "CNY").build(), off, PhoneActivity.none())).isEmpty();
    }

    @Test
    void fourthOrderFromOnePhoneWithinWindowHolds() {
        List<Order> earlier = phoneOrders(3, Duration.ofHours(-7));
        Order fourth = order(4).build();

        assertThat(reviewer.review(fourth, DEFAULTS, PhoneActivity.of(with(earlier, fourth))))
                .containsExactly(ReviewHold.of(ReviewHold.RISK_PHONE, "134****4156", 4, new BigDecimal("24")));
    }

    @Test
    void thirdOrderFromOnePhoneDoesNotHold() {
        Order third = order(3).build();

        assertThat(reviewer.review(third, DEFAULTS, PhoneActivity.of(with(phoneOrders(2, Duration.ofHours(-1)),
                third)))).isEmpty();
    }

    @Test
    void ordersOutsideThePhoneWindowOrPlacedLaterDoNotCount() {
        List<Order> others = List.of(order(1).placed(Duration.ofHours(-25)).build(),
                order(2).placed(Duration.ofHours(-30)).build(), order(3).placed(Duration.ofMinutes(-5)).build(),
                order(5).placed(Duration.ofMinutes(1)).build(), order(6).placed(Duration.ofHours(2)).build());
        Order fourth = order(4).build();

        assertThat(reviewer.review(fourth, DEFAULTS, PhoneActivity.of(with(others, fourth)))).isEmpty();
    }

    @Test
    void maskedPhonesCountByTheirText() {
        List<Order> others = List.of(order(1).receiver("郑雪", "134****4156").build(),
                order(2).receiver("郑雪", "134 **** 4156").build(), order(3).receiver("郑雪", "134****4157").build(),
                order(5).receiver("郑雪", "135****4156").build());
        Order order = order(4).build();

        assertThat(PhoneActivity.of(with(others, order)).otherOrdersWithin(order, Duration.ofHours(24))).isEqualTo(2);
    }

    @Test
    void phoneRuleWithZeroOrdersIsOff() {
        ReviewPolicy off = new ReviewPolicy(true, true, null, 0, Duration.ofHours(24), true, true);
        Order order = order(9).build();

        assertThat(reviewer.review(order, off, PhoneActivity.of(with(phoneOrders(8, Duration.ZERO), order))))
                .isEmpty();
    }

    @Test
    void unpaidOrderHolds() {
        assertThat(review(order(1).unpaid().build())).containsExactly(ReviewHold.of(ReviewHold.UNPAID));
    }

    @Test
    void presaleOrderHolds() {
        assertThat(review(order(1).presale().build())).containsExactly(ReviewHold.of(ReviewHold.PRESALE));
    }

    @Test
    void incompleteAddressHoldsWithTheMissingParts() {
        Order order = order(1).shipTo(new Address("罗建华", "170****0043", null, "山西省", "", null, "")).build();

        assertThat(review(order)).containsExactly(ReviewHold.of(ReviewHold.ADDRESS_INCOMPLETE,
                List.of(AddressProblem.MISSING_CITY, AddressProblem.MISSING_STREET)));
    }

    @Test
    void unrecognisedProvinceHoldsOnItsOwn() {
        Order order = order(1).shipTo(new Address("郑雪", "134****4156", null, " 火星 ", "惠州市", null, "新华路121号"))
                .build();

        assertThat(review(order)).containsExactly(ReviewHold.of(ReviewHold.ADDRESS_UNRECOGNISED, "火星"));
    }

    @Test
    void addressCheckOffSkipsAddressHolds() {
        ReviewPolicy off = new ReviewPolicy(false, true, DEFAULTS.highAmount(), 3, Duration.ofHours(24), true, true);
        Order order = order(1).shipTo(new Address("", "", null, "", "", null, "")).build();

        assertThat(reviewer.review(order, off, PhoneActivity.none())).isEmpty();
    }

    @Test
    void holdsComeInTheFixedRuleOrder() {
        Order order = order(4).shipTo(new Address("郑雪", "134****4156", null, "广东省", "", null, "")).unpaid()
                .presale().total("8000.00", "CNY").note("宝宝急用").build();
        List<Order> phone = with(phoneOrders(3, Duration.ofHours(-1)), order);
        Order nowhere = order(5).shipTo(new Address("郑雪", "134****4156", null, "火星", "惠州市", null, "新华路121号"))
                .build();

        assertThat(codes(reviewer.review(order, DEFAULTS, PhoneActivity.of(phone)))).containsExactly(
                ReviewHold.ADDRESS_INCOMPLETE, ReviewHold.RISK_PHONE, ReviewHold.HIGH_AMOUNT, ReviewHold.BUYER_NOTE,
                ReviewHold.UNPAID, ReviewHold.PRESALE);
        assertThat(codes(review(nowhere))).containsExactly(ReviewHold.ADDRESS_UNRECOGNISED);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"ROUTED", "SHIPPED", "DELIVERED", "CANCELLED", "MERGED"})
    void ordersNoLongerAwaitingRoutingAreNotReviewed(OrderStatus status) {
        Order order = order(1).status(status).note("宝宝急用").total("9999.00", "CNY").presale().build();

        assertThat(review(order)).isEmpty();
    }

    @Test
    void ordersOnHoldAreReviewedAgain() {
        Order order = order(1).status(OrderStatus.ON_HOLD).note("宝宝急用").build();

        assertThat(codes(review(order))).containsExactly(ReviewHold.BUYER_NOTE);
    }

    private List<ReviewHold> review(Order order) {
        return reviewer.review(order, DEFAULTS, PhoneActivity.none());
    }

    /** Orders 101, 102, … from the same phone, each {@code step} before the previous one. */
    private static List<Order> phoneOrders(int count, Duration step) {
        List<Order> orders = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            orders.add(order(100 + i).customer(null).placed(step.multipliedBy(i)).build());
        }
        return orders;
    }

    private static List<Order> with(List<Order> others, Order order) {
        List<Order> all = new ArrayList<>(others);
        all.add(order);
        return all;
    }

    private static List<String> codes(List<ReviewHold> holds) {
        return holds.stream().map(ReviewHold::code).toList();
    }
}
