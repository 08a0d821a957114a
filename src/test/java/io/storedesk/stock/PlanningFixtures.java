package io.storedesk.stock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Positions, histories and settings for the planner's tests, with quiet defaults a test overrides. */
final class PlanningFixtures {

    /** A Monday; the histories end on Sunday 2026-03-01. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private PlanningFixtures() {
    }

    /** Units per day, the last one yesterday; no promotions. */
    static SalesHistory history(int... units) {
        return new SalesHistory(TODAY.minusDays(units.length), units, new boolean[units.length]);
    }

    /** The same units every day for a number of days up to yesterday. */
    static SalesHistory steady(int unitsPerDay, int days) {
        int[] units = new int[days];
        Arrays.fill(units, unitsPerDay);
        return history(units);
    }

    /** A history with the given day indexes marked as promotion days. */
    static SalesHistory withPromotions(SalesHistory history, int... days) {
        boolean[] promotion = history.promotion().clone();
        for (int d : days) {
            promotion[d] = true;
        }
        return new SalesHistory(history.firstDay(), history.units(), promotion);
    }

    static PlanningInput input(List<PlanningPosition> positions, List<Batch> batches) {
        return new PlanningInput(TODAY, positions, batches, PlanningPolicy.DEFAULT);
    }

    static PositionBuilder position(long skuId, String skuCode, long warehouseId, String warehouseCode) {
        return new PositionBuilder(skuId, skuCode, warehouseId, warehouseCode);
    }

    static SettingBuilder setting() {
        return new SettingBuilder();
    }

    static Batch batch(long id, PlanningPosition at, int quantity, int daysToExpiry) {
        return new Batch(id, at.key().skuId(), at.key().warehouseId(), "B" + id, quantity, TODAY.plusDays(daysToExpiry),
                null);
    }

    /** A position in stock with no sales, supplier 7, no setting. */
    static final class PositionBuilder {
        private final long skuId;
        private final String skuCode;
        private final long warehouseId;
        private final String warehouseCode;
        private int onHand = 10;
        private int reserved;
        private int inTransit;
        private int onOrder;
        private StockSetting setting;
        private Long supplierId = 7L;
        private Integer supplierLeadTimeDays;
        private Double measuredLeadTimeDays;
        private BigDecimal unitPrice;
        private LocalDate lastSale;
        private SalesHistory sales = SalesHistory.none(TODAY.minusDays(90), 90);

        private PositionBuilder(long skuId, String skuCode, long warehouseId, String warehouseCode) {
            this.skuId = skuId;
            this.skuCode = skuCode;
            this.warehouseId = warehouseId;
            this.warehouseCode = warehouseCode;
        }

        PositionBuilder stock(int onHand, int reserved) {
            this.onHand = onHand;
            this.reserved = reserved;
            return this;
        }

        PositionBuilder incoming(int inTransit, int onOrder) {
            this.inTransit = inTransit;
            this.onOrder = onOrder;
            return this;
        }

        PositionBuilder setting(SettingBuilder setting) {
            this.setting = setting.build(skuId, warehouseId);
            return this;
        }

        PositionBuilder supplier(Long supplierId) {
            this.supplierId = supplierId;
            return this;
        }

        PositionBuilder leadTimes(Integer supplierPromised, Double measured) {
            this.supplierLeadTimeDays = supplierPromised;
            this.measuredLeadTimeDays = measured;
            return this;
        }

        PositionBuilder price(String unitPrice) {
            this.unitPrice = unitPrice == null ? null : new BigDecimal(unitPrice);
            return this;
        }

        PositionBuilder lastSaleDaysAgo(int days) {
            this.lastSale = TODAY.minusDays(days);
            return this;
        }

        /** Sets the history; the last sale becomes yesterday when it sold anything. */
        PositionBuilder sales(SalesHistory sales) {
            this.sales = sales;
            if (DemandEstimator.unitsSold(sales) > 0) {
                this.lastSale = TODAY.minusDays(1);
            }
            return this;
        }

        PlanningPosition build() {
            return new PlanningPosition(new PositionKey(skuId, warehouseId), skuCode, skuCode + " title",
                    warehouseCode, 1, onHand, reserved, inTransit, onOrder, setting, supplierId, supplierLeadTimeDays,
                    measuredLeadTimeDays, new BigDecimal("4.00"), unitPrice, lastSale, sales);
        }
    }

    /** A setting with nothing set: MOQ 1, pack 1, the policy's service level. */
    static final class SettingBuilder {
        private Integer safetyStock;
        private Integer reorderPoint;
        private Integer maxStock;
        private Integer leadTimeDays;
        private int moq = 1;
        private int packSize = 1;
        private BigDecimal serviceLevel;

        SettingBuilder safetyStock(Integer units) {
            this.safetyStock = units;
            return this;
        }

        SettingBuilder reorderPoint(Integer units) {
            this.reorderPoint = units;
            return this;
        }

        SettingBuilder maxStock(Integer units) {
            this.maxStock = units;
            return this;
        }

        SettingBuilder leadTimeDays(Integer days) {
            this.leadTimeDays = days;
            return this;
        }

        SettingBuilder order(int moq, int packSize) {
            this.moq = moq;
            this.packSize = packSize;
            return this;
        }

        SettingBuilder serviceLevel(String level) {
            this.serviceLevel = new BigDecimal(level);
            return this;
        }

        StockSetting build(long skuId, long warehouseId) {
            return new StockSetting(skuId, warehouseId, null, safetyStock, reorderPoint, maxStock, leadTimeDays, moq,
                    packSize, serviceLevel);
        }
    }
}
