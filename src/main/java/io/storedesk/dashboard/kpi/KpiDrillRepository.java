package io.storedesk.dashboard.kpi;

import io.storedesk.security.PersonalData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** The rows behind a tile, read with the same filters and days as the tile (the rollups, and stock now). */
public final class KpiDrillRepository {

    private final DSLContext dsl;

    public KpiDrillRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Orders with a sold line in the period, biggest gmv first; net covers all their lines (postage, coupons too). */
    public List<OrderBehind> orders(KpiFilter filter, LocalDate from, LocalDate to, int limit) {
        RollupWhere where = RollupWhere.keyed(filter, "s.placed_day", from, to);
        List<Object> binds = new ArrayList<>(List.of(where.binds()));
        binds.add(limit);
        return dsl.fetch("SELECT o.external_id, c.name, MIN(s.placed_day), cu.name, SUM(s.gmv), SUM(s.units), "
                        + "SUM(s.net_amount) FROM kpi_order_slice s JOIN orders o ON o.id = s.order_id "
                        + "JOIN channel c ON c.id = s.channel_id LEFT JOIN customer cu ON cu.id = s.customer_id "
                        + "WHERE " + where.sql("s.") + " GROUP BY o.external_id, c.name, cu.name "
                        + "HAVING BOOL_OR(s.sold) ORDER BY SUM(s.gmv) DESC, o.external_id LIMIT ?", binds.toArray())
                .map(r -> new OrderBehind(r.get(0, String.class), r.get(1, String.class), r.get(2, LocalDate.class),
                        PersonalData.name(r.get(3, String.class)), r.get(4, BigDecimal.class), r.get(5, Long.class),
                        r.get(6, BigDecimal.class)));
    }

    /** Refunds dated in the period, biggest first. */
    public List<RefundBehind> refunds(KpiFilter filter, LocalDate from, LocalDate to, int limit) {
        RollupWhere where = RollupWhere.of(filter, "f.refunded_day", from, to);
        List<Object> binds = new ArrayList<>(List.of(where.binds()));
        binds.add(limit);
        return dsl.fetch("SELECT o.external_id, c.name, f.refunded_day, f.kind, f.reason, f.amount "
                        + "FROM kpi_refund f JOIN orders o ON o.id = f.order_id JOIN channel c ON c.id = f.channel_id "
                        + "WHERE " + where.sql("f.") + " ORDER BY f.amount DESC, o.external_id LIMIT ?", binds.toArray())
                .map(r -> new RefundBehind(r.get(0, String.class), r.get(1, String.class), r.get(2, LocalDate.class),
                        r.get(3, String.class), r.get(4, String.class), r.get(5, BigDecimal.class)));
    }

    /** SKUs that sold on days from..to and have nothing available now (the tile counts them: KpiService.stockOuts). */
    public List<SkuBehind> stockOuts(LocalDate from, LocalDate to, Long warehouseId, int limit) {
        RollupWhere sold = RollupWhere.keyed(new KpiFilter(null, warehouseId, null, null), "d.placed_day", from, to);
        List<Object> binds = new ArrayList<>(List.of(sold.binds()));
        String levelWhere = "";
        if (warehouseId != null) {
            levelWhere = " AND l.warehouse_id = ?";
            binds.add(warehouseId);
        }
        binds.add(limit);
        return dsl.fetch("SELECT k.code, p.title, sold.units, COALESCE(SUM(l.on_hand - l.reserved), 0) FROM "
                        + "(SELECT d.sku_id, SUM(d.units) AS units FROM kpi_sku_day d WHERE d.sku_id IS NOT NULL "
                        + "AND d.units > 0 AND " + sold.sql("d.") + " GROUP BY d.sku_id) sold "
                        + "JOIN sku k ON k.id = sold.sku_id JOIN product p ON p.id = k.product_id "
                        + "LEFT JOIN stock_level l ON l.sku_id = sold.sku_id" + levelWhere
                        + " GROUP BY k.code, p.title, sold.units HAVING COALESCE(MAX(l.on_hand - l.reserved), 0) <= 0 "
                        + "ORDER BY sold.units DESC, k.code LIMIT ?", binds.toArray())
                .map(r -> new SkuBehind(r.get(0, String.class), r.get(1, String.class), null, r.get(3, Long.class),
                        null, r.get(2, Long.class)));
    }

    /** Positions whose available is under their safety stock, furthest under first. */
    public List<SkuBehind> belowSafety(Long warehouseId, int limit) {
        List<Object> binds = new ArrayList<>();
        String where = "";
        if (warehouseId != null) {
            where = " AND l.warehouse_id = ?";
            binds.add(warehouseId);
        }
        binds.add(limit);
        return dsl.fetch("SELECT k.code, p.title, w.code, l.on_hand - l.reserved, t.safety_stock FROM stock_setting t "
                        + "JOIN stock_level l ON l.sku_id = t.sku_id AND l.warehouse_id = t.warehouse_id "
                        + "JOIN sku k ON k.id = t.sku_id JOIN product p ON p.id = k.product_id "
                        + "JOIN warehouse w ON w.id = t.warehouse_id WHERE t.safety_stock IS NOT NULL "
                        + "AND l.on_hand - l.reserved < t.safety_stock" + where
                        + " ORDER BY t.safety_stock - (l.on_hand - l.reserved) DESC, k.code, w.code LIMIT ?",
                        binds.toArray())
                .map(r -> new SkuBehind(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, Long.class), r.get(4, Integer.class), 0));
    }
}
