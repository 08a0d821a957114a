package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.STOCK_RESERVATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.ShopSettings;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Holds for unpaid and presale orders: reserved follows them, they never promise more than is available. */
class StockReservationsTest {

    private static final Instant NOW = TestStores.DEMO_CLOCK.instant();

    private final Services services = TestStores.emptyInMemory();
    private final StockLedgerRepository ledger = new StockLedgerRepository(services.store().dsl());
    private final StockReservations reservations = services.stockReservations();
    private PositionKey pram;

    /** Shanghai holds 10 prams. */
    @BeforeEach
    void setUp() {
        Fixtures fixtures = new Fixtures(services.store().dsl());
        long shanghai = fixtures.warehouse("WH-SH", "上海市");
        pram = new PositionKey(fixtures.skus("TC", "婴儿推车", "推车", "TC-1").get("TC-1"), shanghai);
        ledger.openPositions(List.of(new OpeningBalance(pram.skuId(), shanghai, 10, 0)), "opening", NOW);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private StockLevel level() {
        return ledger.levels(List.of(pram)).get(pram);
    }

    private int activeSum() {
        return reservations.active(pram.skuId()).stream().mapToInt(Reservation::quantity).sum();
    }

    @Test
    void anUnpaidHoldExpiresAfterThirtyMinutesUnlessTheShopSaysOtherwise() {
        Reservation unpaid = reservations.reserve(pram, 1L, 11L, 2, ReservationKind.UNPAID, "web");
        new SettingsRepository(services.store().dsl()).put(ShopSettings.UNPAID_HOLD_MINUTES, "45", "boss");
        Reservation later = reservations.reserve(pram, 2L, 21L, 1, ReservationKind.UNPAID, "web");
        Reservation presale = reservations.reserve(pram, 3L, 31L, 3, ReservationKind.PRESALE, "web");

        assertThat(unpaid.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(later.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(45)));
        assertThat(presale.expiresAt()).isNull();
        assertThat(level().reserved()).isEqualTo(6).isEqualTo(activeSum());
        assertThat(level().version()).as("bumped by every hold").isEqualTo(3);
    }

    @Test
    void aHoldBeyondWhatIsAvailableIsRefusedAndHoldsNothing() {
        reservations.reserve(pram, 1L, 11L, 7, ReservationKind.PRESALE, "web");

        assertThatThrownBy(() -> reservations.reserve(pram, 2L, 21L, 4, ReservationKind.UNPAID, "web"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(
                        new Messages(Locale.SIMPLIFIED_CHINESE).describe(e))
                        .isEqualTo("无法在 WH-SH 为 TC-1 占用 4 件：可用库存只有 3 件。"));
        assertThat(reservations.active(pram.skuId())).hasSize(1);
        assertThat(level().reserved()).isEqualTo(7);
        assertThat(level().version()).isEqualTo(1);
    }

    @Test
    void releasingGivesTheUnitsBackOnceWithItsReason() {
        Reservation held = reservations.reserve(pram, 1L, 11L, 4, ReservationKind.UNPAID, "web");

        assertThat(reservations.release(held.id(), ReleaseReason.PAID, "cashier")).isTrue();
        assertThat(reservations.release(held.id(), ReleaseReason.CANCELLED, "cashier")).as("already released")
                .isFalse();

        assertThat(level().reserved()).isZero();
        assertThat(level().version()).isEqualTo(2);
        assertThat(services.store().dsl().select(STOCK_RESERVATION.RELEASE_REASON, STOCK_RESERVATION.RELEASED_AT)
                .from(STOCK_RESERVATION).where(STOCK_RESERVATION.ID.eq(held.id())).fetchOne().intoArray())
                .containsExactly("PAID", NOW);
        assertThatThrownBy(() -> reservations.release(999L, ReleaseReason.PAID, "cashier"))
                .isInstanceOf(RefusedInputException.class);
    }

    @Test
    void theSweepReleasesOnlyHoldsThatRanOut() {
        reservations.reserve(pram, 1L, 11L, 2, ReservationKind.UNPAID, "web");
        reservations.reserve(pram, 2L, 21L, 3, ReservationKind.PRESALE, "web");

        assertThat(reservations.releaseExpired(NOW.plus(Duration.ofMinutes(29)))).isZero();
        assertThat(reservations.releaseExpired(NOW.plus(Duration.ofMinutes(30)))).isEqualTo(1);
        assertThat(reservations.releaseExpired(NOW.plus(Duration.ofDays(365)))).as("presales never run out")
                .isZero();

        assertThat(reservations.active(pram.skuId())).extracting(Reservation::kind)
                .containsExactly(ReservationKind.PRESALE);
        assertThat(level().reserved()).isEqualTo(3).isEqualTo(activeSum());
    }

    @Test
    void cancellingAnOrderReleasesEverythingItHolds() {
        reservations.reserve(pram, 7L, 71L, 1, ReservationKind.UNPAID, "web");
        reservations.reserve(pram, 7L, 72L, 2, ReservationKind.UNPAID, "web");
        reservations.reserve(pram, 8L, 81L, 3, ReservationKind.UNPAID, "web");

        assertThat(reservations.releaseOrder(7L, ReleaseReason.CANCELLED, "buyer")).isEqualTo(2);

        assertThat(reservations.active(pram.skuId())).extracting(Reservation::orderId).containsExactly(8L);
        assertThat(level().reserved()).isEqualTo(3);
    }

    @Test
    void anUnreadableHoldSettingFallsBackToTheDefault() {
        new SettingsRepository(services.store().dsl()).put(ShopSettings.UNPAID_HOLD_MINUTES, "half an hour", "x");
        assertThat(services.shop().unpaidHold()).isEqualTo(ShopSettings.DEFAULT_UNPAID_HOLD);
    }
}
