package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Stock at cost and the positions short of it. A warehouse of the filter narrows every figure; the channel,
 * category and province do not (stock belongs to no channel).
 */
public final class StockKpiRepository {

    private final DSLContext dsl;

    public StockKpiRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** How many movements the ledger has, and the newest one's id: what StockValues has read up to. */
    public record LedgerMark(long movements, long lastId, Instant costsChanged) {
    }

    /** The ledger's movements by the instant they happened: their value at cost and how many. */
    public record MovedAt(Instant occurredAt, long warehouseId, BigDecimal value, long movements, long lastId) {
    }

    /** The ledger's size and newest id, and the last change of any SKU (a cost may have changed). */
    public LedgerMark mark() {
        var ledger = dsl.fetchOne("SELECT COUNT(*), MAX(id) FROM stock_movement");
        Long lastId = ledger.get(1, Long.class);
        return new LedgerMark(ledger.get(0, Long.class), lastId == null ? 0 : lastId,
                dsl.fetchOne("SELECT MAX(updated_at) FROM sku").get(0, Instant.class));
    }

    /**
     * The movements after an id, by instant and warehouse: Σ change of on hand × today's cost (a SKU without a cost
     * counts nothing but is counted among the movements), their number and the newest id, from one statement.
     */
    public List<MovedAt> movedAfter(long id) {
        return dsl.fetch("SELECT m.occurred_at, m.warehouse_id, "
                        + "SUM(CAST(m.on_hand_after - m.on_hand_before AS DECIMAL(19, 4)) * COALESCE(s.cost, 0)), "
                        + "COUNT(*), MAX(m.id) FROM stock_movement m LEFT JOIN sku s ON s.id = m.sku_id "
                        + "WHERE m.id > ? GROUP BY m.occurred_at, m.warehouse_id", id)
                .map(r -> new MovedAt(r.get(0, Instant.class), r.get(1, Long.class), r.get(2, BigDecimal.class),
                        r.get(3, Long.class), r.get(4, Long.class)));
    }

    /**
     * SKUs that sold on days from..to and have nothing available (on hand − reserved ≤ 0) in any warehouse. Asked
     * SKU by SKU through the SKU days' index by SKU and day (V32): gathering the SKUs sold in the days first read
     * every SKU day of the period, most of a million rows for 90 days of a large shop.
     */
    public int stockOuts(LocalDate from, LocalDate to, Long warehouseId) {
        List<Object> binds = new ArrayList<>();
        String levelWhere = warehouse("l.", warehouseId, binds);
        binds.addAll(List.of(from, to));
        String soldWhere = warehouse("d.", warehouseId, binds);
        // CASE keeps the order: the few SKUs with nothing available are asked whether they sold. Written as AND,
        // H2 asked every SKU the costlier question first (10 times slower on 25,000 SKUs).
        return dsl.fetchOne("SELECT COUNT(*) FROM sku k WHERE CASE "
                + "WHEN EXISTS (SELECT 1 FROM stock_level l WHERE l.sku_id = k.id "
                + "AND l.on_hand - l.reserved > 0" + levelWhere + ") THEN FALSE "
                + "ELSE EXISTS (SELECT 1 FROM kpi_sku_day d WHERE d.sku_id = k.id AND d.placed_day BETWEEN ? AND ? "
                + "AND d.units > 0" + soldWhere + ") END", binds.toArray()).get(0, Integer.class);
    }

    /** Positions with a safety stock set whose available is under it. */
    public int belowSafety(Long warehouseId) {
        List<Object> binds = new ArrayList<>();
        String where = warehouse("l.", warehouseId, binds);
        return dsl.fetchOne("SELECT COUNT(*) FROM stock_setting t JOIN stock_level l "
                + "ON l.sku_id = t.sku_id AND l.warehouse_id = t.warehouse_id "
                + "WHERE t.safety_stock IS NOT NULL AND l.on_hand - l.reserved < t.safety_stock" + where,
                binds.toArray()).get(0, Integer.class);
    }

    private static String warehouse(String alias, Long warehouseId, List<Object> binds) {
        if (warehouseId == null) {
            return "";
        }
        binds.add(warehouseId);
        return " AND " + alias + "warehouse_id = ?";
    }
}
