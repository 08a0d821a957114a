package io.storedesk.aftersales.returns;

import static io.storedesk.testing.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.common.Messages;
import io.storedesk.common.Money;
import io.storedesk.common.RefusedInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Refund tables worked out by hand. The order: RED 2 units for 200.00, BLUE 1 unit for 100.00, a 30.00 coupon
 * and 10.00 shipping. The coupon is shared 20.00 / 10.00, so RED was paid 180.00 (90.00 a unit), BLUE 90.00.
 */
class RefundCalculatorTest {

    private static final LocalDate BOUGHT = LocalDate.of(2026, 10, 1);

    @ParameterizedTest(name = "{0} fee {1} %: RED {2} BLUE {3} -> {11}")
    @CsvSource(textBlock = """
            # reason,  fee %, RED, BLUE, RED before, ship before, whole, RED,    BLUE,  ship,  fee,   total
            SIZE,        0,   1,   0,    0,          0,           false, 90.00,  0,     0.00,  0.00,  90.00
            SIZE,        10,  1,   0,    0,          0,           false, 81.00,  0,     0.00,  9.00,  81.00
            QUALITY,     10,  1,   0,    0,          0,           false, 90.00,  0,     10.00, 0.00,  100.00
            SIZE,        0,   2,   1,    0,          0,           true,  180.00, 90.00, 10.00, 0.00,  280.00
            SIZE,        10,  2,   1,    0,          0,           true,  162.00, 81.00, 10.00, 27.00, 253.00
            SIZE,        0,   2,   0,    50.00,      0,           false, 130.00, 0,     0.00,  0.00,  130.00
            SIZE,        0,   2,   0,    200.00,     0,           false, 0.00,   0,     0.00,  0.00,  0.00
            WRONG_ITEM,  0,   1,   0,    0,          10.00,       false, 90.00,  0,     0.00,  0.00,  90.00
            DAMAGED,     15,  0,   1,    0,          4.00,        false, 0,      90.00, 6.00,  0.00,  96.00
            """)
    void refundTable(String reason, String feePercent, int red, int blue, String redBefore, String shippingBefore,
                     boolean wholeOrder, String expectRed, String expectBlue, String expectShipping, String expectFee,
                     String expectTotal) {
        List<RefundItem> items = new ArrayList<>();
        if (red > 0) {
            items.add(new RefundItem(1, "RED", 2, red, cny("200.00"), cny(redBefore)));
        }
        if (blue > 0) {
            items.add(new RefundItem(2, "BLUE", 1, blue, cny("100.00"), cny("0")));
        }
        RefundCase refundCase = new RefundCase(reason, BOUGHT, BOUGHT.plusDays(3), cny("300.00"), cny("30.00"),
                cny("10.00"), cny(shippingBefore), wholeOrder, items);

        RefundQuote quote = calculator(30, feePercent).quote(refundCase);

        Map<Long, Money> byLine = new HashMap<>();
        quote.lines().forEach(l -> byLine.put(l.orderLineId(), l.amount()));
        assertThat(byLine.getOrDefault(1L, cny("0"))).isEqualTo(cny(expectRed));
        assertThat(byLine.getOrDefault(2L, cny("0"))).isEqualTo(cny(expectBlue));
        assertThat(quote.shipping()).isEqualTo(cny(expectShipping));
        assertThat(quote.restockingFee()).isEqualTo(cny(expectFee));
        assertThat(quote.total()).isEqualTo(cny(expectTotal));
    }

    @ParameterizedTest(name = "{0} of 3 at 99.99 less 10.00, fee {1} % -> {2}")
    @CsvSource(textBlock = """
            # units, fee %, refund (paid 89.99: 29.9966… a unit, each step rounded half up to the cent)
            1,       0,     30.00
            2,       0,     59.99
            3,       0,     89.99
            1,       12.5,  26.25
            """)
    void unitsArePaidTheirShareOfTheLineRoundedToTheCent(int units, String feePercent, String expected) {
        RefundCase refundCase = new RefundCase("NO_LONGER_NEEDED", null, null, cny("99.99"), cny("10.00"), cny("0"),
                cny("0"), false, List.of(new RefundItem(7, "GREEN", 3, units, cny("99.99"), cny("0"))));

        assertThat(calculator(30, feePercent).quote(refundCase).total()).isEqualTo(cny(expected));
    }

    @Test
    void theCouponIsSharedOverTheLinesByWhatTheySoldFor() {
        // 10.00 over 33.33 and 66.67: 3.33 and 6.67, so the lines were paid 30.00 and 60.00.
        assertThat(RefundCalculator.linePaid(new BigDecimal("33.33"), BigDecimal.TEN, new BigDecimal("100.00")))
                .isEqualByComparingTo("30.00");
        assertThat(RefundCalculator.linePaid(new BigDecimal("66.67"), BigDecimal.TEN, new BigDecimal("100.00")))
                .isEqualByComparingTo("60.00");
    }

    @ParameterizedTest(name = "{0} asked on {1}: refused {2}")
    @CsvSource(textBlock = """
            # reason,  asked on,   refused (30-day window after 2026-10-01: the last day is 2026-10-31)
            SIZE,      2026-10-31, false
            SIZE,      2026-11-01, true
            QUALITY,   2027-01-15, false
            """)
    void lateChangeOfMindReturnsAreRefusedButSellerFaultsAreNot(String reason, LocalDate askedOn, boolean refused) {
        RefundCase refundCase = new RefundCase(reason, BOUGHT, askedOn, cny("300.00"), cny("0"), cny("0"), cny("0"),
                false, List.of(new RefundItem(1, "RED", 2, 1, cny("200.00"), cny("0"))));

        if (refused) {
            assertThatThrownBy(() -> calculator(30, "0").quote(refundCase))
                    .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(
                            new Messages(Messages.ENGLISH).describe(e)).contains("30-day").contains("2026-10-31")
                            .contains("2026-11-01"));
        } else {
            assertThat(calculator(30, "0").quote(refundCase).total()).isEqualTo(cny("100.00"));
        }
    }

    @Test
    void moreUnitsThanTheOrderHadAreRefused() {
        RefundCase refundCase = new RefundCase("SIZE", null, null, cny("300.00"), cny("0"), cny("0"), cny("0"), false,
                List.of(new RefundItem(1, "RED", 2, 3, cny("200.00"), cny("0"))));

        assertThatThrownBy(() -> calculator(30, "0").quote(refundCase))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.refund.moreThanOrdered"));
    }

    @ParameterizedTest(name = "window \"{0}\", fee \"{1}\" -> {2} days, {3} %")
    @CsvSource(textBlock = """
            14,    12.5, 14, 12.5
            ' 7 ', 0,    7,  0
            abc,   150,  30, 0
            ,      ,     30, 0
            """)
    void settingsAreReadLenientlyWithDefaults(String window, String fee, int days, String percent) {
        Map<String, String> settings = new HashMap<>();
        settings.put(ReturnPolicy.WINDOW_DAYS, window);
        settings.put(ReturnPolicy.RESTOCKING_FEE_PERCENT, fee);

        ReturnPolicy policy = ReturnPolicy.fromSettings(settings::get);

        assertThat(policy.windowDays()).isEqualTo(days);
        assertThat(policy.restockingFeePercent()).isEqualByComparingTo(percent);
    }

    private static RefundCalculator calculator(int windowDays, String feePercent) {
        return new RefundCalculator(new ReturnPolicy(windowDays, new BigDecimal(feePercent)));
    }
}
