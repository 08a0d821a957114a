package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many desks reserving the last units of a position at once, against a real file store. */
class ReservationConcurrencyTest {

    private static final int THREADS = 12;
    private static final int ATTEMPTS = 60;

    @Test
    void exactlyTheAvailableUnitsAreHeldWhenManyReserveAtOnce() throws Exception {
        try (Services services = TestStores.emptyEmbedded()) {
            Fixtures fixtures = new Fixtures(services.store().dsl());
            long shanghai = fixtures.warehouse("WH-SH", "上海市");
            PositionKey last = new PositionKey(fixtures.skus("LS", "限量款", "x", "LS-1").get("LS-1"), shanghai);
            StockLedgerRepository ledger = new StockLedgerRepository(services.store().dsl());
            ledger.openPositions(List.of(new OpeningBalance(last.skuId(), shanghai, 25, 0)), "opening",
                    TestStores.DEMO_CLOCK.instant());
            services.stockReservations().reserve(last, 1L, 1L, 4, ReservationKind.PRESALE, "setup");
            int available = 25 - 4;

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            try {
                for (int i = 0; i < ATTEMPTS; i++) {
                    long order = 100L + i;
                    Callable<Boolean> attempt = () -> {
                        start.await();
                        try {
                            services.stockReservations().reserve(last, order, order, 1, ReservationKind.UNPAID,
                                    "desk-" + order);
                            return true;
                        } catch (RefusedInputException refused) {
                            return false;
                        }
                    };
                    outcomes.add(pool.submit(attempt));
                }
                start.countDown();
                int held = 0;
                for (Future<Boolean> outcome : outcomes) {
                    held += outcome.get() ? 1 : 0;
                }

                assertThat(held).isEqualTo(available);
            } finally {
                pool.shutdownNow();
            }
            StockLevel level = ledger.levels(List.of(last)).get(last);
            assertThat(level.reserved()).isEqualTo(25);
            assertThat(level.available()).isZero();
            assertThat(services.stockReservations().active(last.skuId()).stream().mapToInt(Reservation::quantity)
                    .sum()).isEqualTo(25);
            assertThat(level.version()).as("one bump per hold").isEqualTo(1 + available);
        }
    }
}
