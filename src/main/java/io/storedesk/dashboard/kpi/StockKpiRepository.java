package io.storedesk.dashboard.kpi;

import static io.storedesk.store.schema.Tables.SKU;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Stock at cost and the positions short of it. A warehouse of the filter narrows every figure; the channel,
 * category and province do not (stock belongs to no channel).
 */
public final class StockKpiRepository {

    /** Ids per IN list. */
    private static final int IN_CHUNK = 1_000;

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

    /** When the movement with this id happened; null when there is none. */
    public Instant occurredAt(long movementId) {
        var row = dsl.fetchOne("SELECT occurred_at FROM stock_movement WHERE id = ?", movementId);
        return row == null ? null : row.get(0, Instant.class);
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
     * The SKUs with something available (on hand − reserved > 0) at some position, of a warehouse when one is
     * given: one scan of the levels. Asking each SKU through the levels' key cost 25,000 lookups a report, and
     * H2's DISTINCT sorts in a tree what a set here does in a tenth of the time.
     */
    public Set<Long> availableSkus(Long warehouseId) {
        List<Object> binds = new ArrayList<>();
        String where = warehouse("", warehouseId, binds);
        Set<Long> skus = new HashSet<>();
        try (ResultSet rows = dsl.resultQuery("SELECT sku_id FROM stock_level WHERE on_hand - reserved > 0"
                + where, binds.toArray()).fetchResultSet()) {
            while (rows.next()) {
                skus.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading the available SKUs", e);
        }
        return skus;
    }

    /** How many of these SKU ids name a SKU that still exists. */
    public int existing(Collection<Long> skuIds) {
        int count = 0;
        List<Long> ids = List.copyOf(skuIds);
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            count += dsl.fetchCount(SKU, SKU.ID.in(ids.subList(i, Math.min(ids.size(), i + IN_CHUNK))));
        }
        return count;
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
