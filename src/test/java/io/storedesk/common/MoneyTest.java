package io.storedesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsKeepTwoDecimalsAtLeast() {
        assertThat(Money.of("12", "CNY").amount().toPlainString()).isEqualTo("12.00");
        assertThat(Money.of("12.3456", "CNY").amount().toPlainString()).isEqualTo("12.3456");
        assertThat(Money.of("12.345678", "CNY").amount().toPlainString()).isEqualTo("12.3457");
    }

    @Test
    void arithmeticStaysExact() {
        Money price = Money.of("0.10", "CNY");
        assertThat(price.times(3).plus(Money.of("0.20", "CNY"))).isEqualTo(Money.of("0.50", "CNY"));
        assertThat(Money.of("1.00", "CNY").minus(Money.of("1.01", "CNY")).isNegative()).isTrue();
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD");
    }

    @Test
    void refusesCodesThatAreNotIsoCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "RMB1")).isInstanceOf(IllegalArgumentException.class);
    }
}
