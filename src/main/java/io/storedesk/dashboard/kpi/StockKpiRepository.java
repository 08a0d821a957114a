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

    /** Σ on hand × cost over SKUs with a cost, now. */
    public BigDecimal valueNow(Long warehouseId) {
        List<Object> binds = new ArrayList<>();
        String where = warehouse("l.", warehouseId, binds);
        BigDecimal value = dsl.fetchOne("SELECT SUM(CAST(l.on_hand AS DECIMAL(19, 4)) * s.cost) FROM stock_level l "
                + "JOIN sku s ON s.id = l.sku_id WHERE s.cost IS NOT NULL" + where, binds.toArray())
                .get(0, BigDecimal.class);
        return value == null ? BigDecimal.ZERO : value;
    }

    /**
     * Σ change of on hand × cost over the ledger's movements at or after each of two instants (start ≤ end), read
     * in one pass over the movements since start through the ledger's time index. Asked SKU first, H2 read every
     * SKU's movements through the SKU index, about half a second for 100,000 movements.
     */
    public MovedValues valueMovedSince(Instant start, Instant end, Long warehouseId) {
        List<Object> binds = new ArrayList<>(List.of(end, start));
        String where = warehouse("", warehouseId, binds);
        var row = dsl.fetchOne("SELECT SUM(CAST(m.since_start AS DECIMAL(19, 4)) * s.cost), "
                + "SUM(CAST(m.since_end AS DECIMAL(19, 4)) * s.cost) FROM (SELECT sku_id, "
                + "SUM(on_hand_after - on_hand_before) since_start, "
                + "SUM(CASE WHEN occurred_at >= CAST(? AS TIMESTAMP WITH TIME ZONE) "
                + "THEN on_hand_after - on_hand_before ELSE 0 END) since_end FROM stock_movement "
                + "WHERE occurred_at >= CAST(? AS TIMESTAMP WITH TIME ZONE)" + where + " GROUP BY sku_id) m "
                + "JOIN sku s ON s.id = m.sku_id WHERE s.cost IS NOT NULL", binds.toArray());
        BigDecimal sinceStart = row.get(0, BigDecimal.class);
        BigDecimal sinceEnd = row.get(1, BigDecimal.class);
        return new MovedValues(sinceStart == null ? BigDecimal.ZERO : sinceStart,
                sinceEnd == null ? BigDecimal.ZERO : sinceEnd);
    }

    /** Value of the stock moved since a period's start and since its end. */
    public record MovedValues(BigDecimal sinceStart, BigDecimal sinceEnd) {
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
