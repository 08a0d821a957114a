package io.storedesk.orders.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AvailableStockTest {

    @Test
    void unknownPairsHaveNothingAndOversoldCountsAsNothing() {
        AvailableStock stock = new AvailableStock();
        stock.set(5, 1, -3);

        assertThat(stock.available(5, 1)).isZero();
        assertThat(stock.available(5, 2)).isZero();
        assertThat(stock.available(-1, 2)).isZero();
    }

    @Test
    void takeLowersWhatIsAvailableAndRefusesToOversell() {
        AvailableStock stock = new AvailableStock();
        stock.set(5, 1, 4);

        stock.take(5, 1, 3);

        assertThat(stock.available(5, 1)).isEqualTo(1);
        assertThatThrownBy(() -> stock.take(5, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copiesAreIndependent() {
        AvailableStock stock = new AvailableStock();
        stock.set(5, 1, 4);
        AvailableStock copy = stock.copy();

        copy.take(5, 1, 4);
        copy.set(6, 1, 9);

        assertThat(stock.available(5, 1)).isEqualTo(4);
        assertThat(stock.available(6, 1)).isZero();
        assertThat(copy.available(6, 1)).isEqualTo(9);
    }

    @Test
    void holdsManyPairsWithLargeIds() {
        AvailableStock stock = new AvailableStock();
        for (long sku = 0; sku < 20_000; sku++) {
            stock.set(sku * 1_000_003L, sku % 1_000, (int) (sku % 97));
        }

        assertThat(stock.size()).isEqualTo(20_000);
        for (long sku = 0; sku < 20_000; sku++) {
            assertThat(stock.available(sku * 1_000_003L, sku % 1_000)).isEqualTo((int) (sku % 97));
        }
        assertThatThrownBy(() -> stock.set(1, 1L << 20, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
