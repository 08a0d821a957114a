package io.storedesk.stock;

import io.storedesk.common.RefusedInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Books units into or out of one position, inside the caller's unit of work: reads the level, picks the
 * batches, chains the ledger entries and hands them to {@link StockLedgerRepository#bookOnHand}. Refusals
 * are thrown, so the caller's unit of work rolls back whole. Shared by the ledger, transfers and purchase
 * orders.
 */
final class LedgerBooker {

    /** One booking: the kind gives the direction, quantity is always positive. */
    record Entry(PositionKey position, MovementKind kind, int quantity, String reason, String reference,
                 String user, Instant at) {
    }

    private final StockRepository stock;
    private final StockLedgerRepository ledger;

    LedgerBooker(StockRepository stock, StockLedgerRepository ledger) {
        this.stock = stock;
        this.ledger = ledger;
    }

    /** Units arriving; lot null = outside any batch, else into that batch, opened if the position lacks it. */
    List<Movement> bookIn(Entry entry, BatchLot lot) {
        Long batchId = lot == null ? null : batchFor(entry, lot);
        StockLevel level = level(entry.position());
        int onHand = level == null ? 0 : level.onHand();
        PositionKey p = entry.position();
        Movement movement = new Movement(0, p.skuId(), p.warehouseId(), batchId, entry.kind(), entry.quantity(),
                onHand, Math.addExact(onHand, entry.quantity()), entry.reason(), entry.reference(), entry.user(),
                entry.at());
        return book(entry, level, List.of(movement));
    }

    /**
     * Units leaving; batchNo null = first expiry first out over the position's batches (see {@link Fefo}),
     * else from that batch only. Refused when the position (or the batch) holds fewer.
     */
    List<Movement> bookOut(Entry entry, String batchNo) {
        PositionKey p = entry.position();
        StockLevel level = level(p);
        int onHand = level == null ? 0 : level.onHand();
        if (entry.quantity() > onHand) {
            PositionName name = stock.name(p);
            throw new RefusedInputException("stock.ledger.notEnoughOnHand", entry.quantity(), name.skuCode(),
                    name.warehouseCode(), onHand);
        }
        List<Fefo.Take<Batch>> takes;
        if (batchNo == null) {
            takes = Fefo.take(ledger.batches(p.skuId(), p.warehouseId()), Batch::expiryDate, Batch::quantity,
                    entry.quantity());
        } else {
            Batch batch = ledger.batch(p, batchNo).orElseThrow(() -> new RefusedInputException(
                    "stock.ledger.unknownBatch", batchNo, stock.name(p).skuCode(), stock.name(p).warehouseCode()));
            if (batch.quantity() < entry.quantity()) {
                throw new RefusedInputException("stock.ledger.notEnoughInBatch", entry.quantity(), batchNo,
                        batch.quantity());
            }
            takes = List.of(new Fefo.Take<>(batch, entry.quantity()));
        }
        List<Movement> movements = new ArrayList<>(takes.size());
        int before = onHand;
        for (Fefo.Take<Batch> take : takes) {
            movements.add(new Movement(0, p.skuId(), p.warehouseId(), take.lot() == null ? null : take.lot().id(),
                    entry.kind(), -take.quantity(), before, before - take.quantity(), entry.reason(),
                    entry.reference(), entry.user(), entry.at()));
            before -= take.quantity();
        }
        return book(entry, level, movements);
    }

    private Long batchFor(Entry entry, BatchLot lot) {
        return ledger.batch(entry.position(), lot.batchNo()).map(batch -> {
            if (lot.expiryDate() != null && !Objects.equals(lot.expiryDate(), batch.expiryDate())) {
                throw new RefusedInputException("stock.ledger.batchExpiryDiffers", lot.batchNo(),
                        String.valueOf(batch.expiryDate()), String.valueOf(lot.expiryDate()));
            }
            return batch.id();
        }).orElseGet(() -> ledger.openBatch(entry.position(), lot.batchNo(), lot.expiryDate(), entry.user(),
                entry.at()).id());
    }

    private StockLevel level(PositionKey position) {
        return ledger.levels(List.of(position)).get(position);
    }

    private List<Movement> book(Entry entry, StockLevel level, List<Movement> movements) {
        Integer version = level == null ? null : level.version();
        List<Movement> stale = ledger.bookOnHand(movements.stream().map(m -> new OnHandChange(m, version)).toList());
        if (!stale.isEmpty()) {
            PositionName name = stock.name(entry.position());
            throw new RefusedInputException("stock.ledger.changedMeanwhile", name.skuCode(), name.warehouseCode());
        }
        return movements;
    }
}
