package io.storedesk.orders.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Money;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicySettingsTest {

    @Test
    void defaultsAreAsDocumented() {
        assertThat(ReviewPolicy.defaults()).isEqualTo(new ReviewPolicy(true, true, Money.of("5000", "CNY"), 3,
                Duration.ofHours(24), true, true));
        assertThat(MergePolicy.defaults()).isEqualTo(new MergePolicy(false, Duration.ofHours(24)));
    }

    @Test
    void settingsRoundTripAndFallBackOnGarbage() {
        ReviewPolicy custom = new ReviewPolicy(false, false, Money.of("8800.50", "CNY"), 5, Duration.ofMinutes(90),
                false, false);
        assertThat(ReviewPolicy.fromSettings(custom.toSettings())).isEqualTo(custom);

        Map<String, String> garbage = new HashMap<>(custom.toSettings());
        garbage.put(ReviewPolicy.ADDRESS_CHECK, "yes please");
        garbage.put(ReviewPolicy.HIGH_AMOUNT, "¥五千");
        garbage.put(ReviewPolicy.RISK_PHONE_ORDERS, "-2");
        garbage.put(ReviewPolicy.RISK_PHONE_WINDOW_MINUTES, "0");
        garbage.put(ReviewPolicy.HOLD_PRESALE, null);
        ReviewPolicy read = ReviewPolicy.fromSettings(garbage);

        ReviewPolicy d = ReviewPolicy.defaults();
        assertThat(read).isEqualTo(new ReviewPolicy(d.addressCheck(), false, d.highAmount(), d.riskPhoneOrders(),
                d.riskPhoneWindow(), false, d.holdPresale()));
    }

    @Test
    void settingsUseTheOrdersReviewKeys() {
        assertThat(ReviewPolicy.defaults().toSettings()).containsExactly(
                Map.entry("orders.review.addressCheck", "true"), Map.entry("orders.review.holdBuyerNote", "true"),
                Map.entry("orders.review.highAmount", "5000.00 CNY"), Map.entry("orders.review.riskPhoneOrders", "3"),
                Map.entry("orders.review.riskPhoneWindowMinutes", "1440"),
                Map.entry("orders.review.holdUnpaid", "true"), Map.entry("orders.review.holdPresale", "true"));
        assertThat(MergePolicy.defaults().toSettings()).containsExactly(Map.entry("orders.merge.automatic", "false"),
                Map.entry("orders.merge.windowMinutes", "1440"));
    }

    @Test
    void missingSettingsGiveTheDefaults() {
        assertThat(ReviewPolicy.fromSettings(Map.of())).isEqualTo(ReviewPolicy.defaults());
        assertThat(ReviewPolicy.fromSettings(null)).isEqualTo(ReviewPolicy.defaults());
        assertThat(MergePolicy.fromSettings(Map.of("orders.review.addressCheck", "false")))
                .isEqualTo(MergePolicy.defaults());
    }

    @ParameterizedTest(name = "highAmount={0}")
    @CsvSource(nullValues = "-", textBlock = """
            off, -, -
            ' OFF ', -, -
            6000, 6000.00, CNY
            '7200.5 usd', 7200.50, USD
            '5000.00 CNY', 5000.00, CNY
            '', 5000.00, CNY
            -100, 5000.00, CNY
            1e9, 5000.00, CNY
            """)
    void highAmountReadsAmountsCurrenciesAndOff(String setting, String amount, String currency) {
        Money read = ReviewPolicy.fromSettings(Map.of(ReviewPolicy.HIGH_AMOUNT, setting)).highAmount();

        assertThat(read).isEqualTo(amount == null ? null : Money.of(amount, currency));
    }

    @Test
    void highAmountOffRoundTrips() {
        ReviewPolicy off = new ReviewPolicy(true, true, null, 0, Duration.ofHours(24), true, true);

        assertThat(off.toSettings()).containsEntry(ReviewPolicy.HIGH_AMOUNT, "off");
        assertThat(ReviewPolicy.fromSettings(off.toSettings())).isEqualTo(off);
    }

    @Test
    void mergeSettingsRoundTripAndFallBackOnGarbage() {
        MergePolicy custom = new MergePolicy(true, Duration.ofHours(48));
        assertThat(MergePolicy.fromSettings(custom.toSettings())).isEqualTo(custom);

        assertThat(MergePolicy.fromSettings(Map.of(MergePolicy.AUTOMATIC, "TRUE", MergePolicy.WINDOW_MINUTES, "PT2H")))
                .isEqualTo(new MergePolicy(true, Duration.ofHours(24)));
        assertThat(MergePolicy.fromSettings(Map.of(MergePolicy.AUTOMATIC, "1", MergePolicy.WINDOW_MINUTES, " 120 ")))
                .isEqualTo(new MergePolicy(false, Duration.ofMinutes(120)));
    }
}
