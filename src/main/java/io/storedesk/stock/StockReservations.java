package io.storedesk.stock;

import io.storedesk.common.RefusedInputException;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stock held for order lines. An UNPAID hold expires after the shop's unpaid hold (a shop setting, 30 minutes
 * unless set); PRESALE and ALLOCATED holds last until released. A position's reserved figure always equals
 * the sum of its active reservations: both change in one unit of work, and a hold is taken with one
 * conditional UPDATE, so that desks reserving at once can never promise more than is available.
 */
public final class StockReservations {

    /** Who the sweep of expired holds is attributed to. */
    static final String SWEEP_USER = "reservation sweep";

    private final Transactions transactions;
    private final StockRepository stock;
    private final StockLedgerRepository ledger;
    private final ReservationRepository reservations;
    private final ShopSettings shop;
    private final Clock clock;

    public StockReservations(Transactions transactions, StockRepositories repositories, ShopSettings shop,
                             Clock clock) {
        this.transactions = transactions;
        this.stock = repositories.stock();
        this.ledger = repositories.ledger();
        this.reservations = repositories.reservations();
        this.shop = shop;
        this.clock = clock;
    }

    /**
     * Holds units of a position for an order line. Refused (stock.reservation.notAvailable) when fewer are
     * available than asked, and then nothing is held.
     */
    public Reservation reserve(PositionKey position, Long orderId, Long orderLineId, int quantity,
                               ReservationKind kind, String user) {
        StockLedger.checkQuantity(quantity);
        Instant now = clock.instant();
        Instant expires = kind == ReservationKind.UNPAID ? now.plus(shop.unpaidHold()) : null;
        return transactions.inTransaction(() -> {
            if (!ledger.reserve(position, quantity, user, now)) {
                StockLevel level = ledger.levels(List.of(position)).get(position);
                PositionName name = stock.name(position);
                throw new RefusedInputException("stock.reservation.notAvailable", quantity, name.skuCode(),
                        name.warehouseCode(), level == null ? 0 : Math.max(0, level.available()));
            }
            return reservations.insert(new Reservation(0, position.skuId(), position.warehouseId(), orderId,
                    orderLineId, quantity, kind, now, expires, null));
        });
    }

    /**
     * Holds stock for many order lines at once (a routing pass): all of them, or, when any position has fewer
     * available than asked, none (refused with stock.reservation.notAvailable; the caller's unit rolls back).
     */
    public void reserveAll(List<Reservation> holds, String user) {
        if (holds.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<PositionKey, Integer> byPosition = new LinkedHashMap<>();
        for (Reservation hold : holds) {
            StockLedger.checkQuantity(hold.quantity());
            byPosition.merge(new PositionKey(hold.skuId(), hold.warehouseId()), hold.quantity(), Integer::sum);
        }
        transactions.inTransaction(() -> {
            if (!ledger.reserveAll(byPosition, user, now)) {
                throw new RefusedInputException("stock.reservation.notAvailableBatch");
            }
            reservations.insertReservations(holds.stream().map(h -> new Reservation(0, h.skuId(), h.warehouseId(),
                    h.orderId(), h.orderLineId(), h.quantity(), h.kind(), now,
                    h.kind() == ReservationKind.UNPAID ? now.plus(shop.unpaidHold()) : null, null)).toList());
        });
    }

    /** What the given orders still hold. */
    public List<Reservation> activeForOrders(Collection<Long> orderIds) {
        return orderIds.isEmpty() ? List.of() : reservations.activeForOrders(orderIds);
    }

    /**
     * Lets go of a reservation. False when it no longer held anything (released already, perhaps by the
     * sweep or another desk): a payment arriving after its hold ran out is then a matter for the order.
     */
    public boolean release(long reservationId, ReleaseReason reason, String user) {
        return transactions.inTransaction(() -> {
            Reservation held = reservations.find(reservationId).orElseThrow(() -> new RefusedInputException(
                    "stock.reservation.unknown", reservationId));
            return release(held, reason, user, clock.instant());
        });
    }

    /** Lets go of everything an order holds; returns how many reservations that released. */
    public int releaseOrder(long orderId, ReleaseReason reason, String user) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            return (int) reservations.activeForOrder(orderId).stream().filter(r -> release(r, reason, user, now))
                    .count();
        });
    }

    /** Releases every hold that ran out at or before now (reason EXPIRED); returns how many. */
    public int releaseExpired(Instant now) {
        return transactions.inTransaction(() -> (int) reservations.expired(now).stream()
                .filter(r -> release(r, ReleaseReason.EXPIRED, SWEEP_USER, now)).count());
    }

    /** What an order still holds. */
    public List<Reservation> activeForOrder(long orderId) {
        return reservations.activeForOrder(orderId);
    }

    public List<Reservation> active(long skuId) {
        return reservations.activeReservations(skuId);
    }

    private boolean release(Reservation held, ReleaseReason reason, String user, Instant now) {
        if (!reservations.release(held.id(), reason.name(), now)) {
            return false;
        }
        PositionKey position = new PositionKey(held.skuId(), held.warehouseId());
        if (!ledger.unreserve(position, held.quantity(), user, now)) {
            // Reserved is kept equal to the active reservations; less than one of them means it was not.
            throw new IllegalStateException("reserved at " + position + " is below reservation " + held.id());
        }
        return true;
    }
}
