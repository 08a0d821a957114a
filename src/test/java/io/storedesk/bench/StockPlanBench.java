package io.storedesk.bench;

import io.storedesk.stock.Batch;
import io.storedesk.stock.PlanningInput;
import io.storedesk.stock.PlanningPolicy;
import io.storedesk.stock.PlanningPosition;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.ReplenishmentPlanner;
import io.storedesk.stock.SalesHistory;
import io.storedesk.stock.StockPlan;
import io.storedesk.stock.StockSetting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A synthetic shop for the planner's figure: SKUs in every warehouse with 90-day histories. Demand is skewed
 * (a few SKUs sell most, one in twenty sells nothing), weekends sell more, one SKU in five ran a 3-day
 * promotion; stock ranges from negative available to years of cover, most positions have a setting and a
 * supplier, one in ten has two batches with an expiry. Deterministic (seeded).
 */
final class StockPlanBench {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int DAYS = 90;
    private static final double[] WEEKDAY = {0.9, 0.85, 0.9, 0.95, 1.05, 1.3, 1.35};
    private static final BigDecimal COST_SHARE = new BigDecimal("0.6");

    private final PlanningInput input;
    private final ReplenishmentPlanner planner = new ReplenishmentPlanner();

    private StockPlanBench(PlanningInput input) {
        this.input = input;
    }

    static StockPlanBench generate(int skus, int warehouses, long seed) {
        Random random = new Random(seed);
        LocalDate firstDay = TODAY.minusDays(DAYS);
        int firstWeekday = firstDay.getDayOfWeek().getValue() - 1;
        List<PlanningPosition> positions = new ArrayList<>(skus * warehouses);
        List<Batch> batches = new ArrayList<>();
        for (int s = 0; s < skus; s++) {
            String code = String.format(Locale.ROOT, "P-%06d", s);
            // Log-normal: median 1.5 units a day per SKU, a long tail of bestsellers.
            double skuRate = random.nextInt(20) == 0 ? 0 : 1.5 * Math.exp(random.nextGaussian());
            BigDecimal price = BigDecimal.valueOf(500 + random.nextInt(50_000), 2);
            int promotionStart = random.nextInt(5) == 0 ? random.nextInt(DAYS - 3) : -1;
            for (int w = 0; w < warehouses; w++) {
                double rate = skuRate * (0.5 + random.nextDouble()) / warehouses * 2;
                int[] units = new int[DAYS];
                boolean[] promotion = new boolean[DAYS];
                int lastSaleDay = -1;
                for (int d = 0; d < DAYS; d++) {
                    promotion[d] = promotionStart >= 0 && d >= promotionStart && d < promotionStart + 3;
                    double mean = rate * WEEKDAY[(firstWeekday + d) % 7] * (promotion[d] ? 3 : 1);
                    units[d] = (int) (mean * (0.4 + 1.2 * random.nextDouble()) + random.nextDouble());
                    if (units[d] > 0) {
                        lastSaleDay = d;
                    }
                }
                int onHand = (int) (rate * random.nextInt(150)) + random.nextInt(5);
                int reserved = random.nextInt(10) == 0 ? onHand + random.nextInt(3) : random.nextInt(1 + onHand / 10);
                StockSetting setting = random.nextInt(5) < 3 ? new StockSetting(s, w, 1L + s % 40, null, null,
                        random.nextInt(4) == 0 ? (int) (rate * 90) + 10 : null,
                        random.nextBoolean() ? 3 + random.nextInt(20) : null, 1 + random.nextInt(3) * 10,
                        random.nextBoolean() ? 1 : 6, new BigDecimal(random.nextBoolean() ? "0.95" : "0.98")) : null;
                int inTransit = random.nextInt(4) == 0 ? random.nextInt(20) : 0;
                int onOrder = random.nextInt(4) == 0 ? random.nextInt(40) : 0;
                Long supplier = random.nextInt(10) == 0 ? null : 1L + s % 40;
                Double measuredLeadTime = random.nextBoolean() ? 4 + random.nextDouble() * 10 : null;
                LocalDate lastSale = lastSaleDay < 0 ? null : firstDay.plusDays(lastSaleDay);
                PlanningPosition position = new PlanningPosition(new PositionKey(s, w), code, code + " title",
                        "W" + w, s % 50, onHand, reserved, inTransit, onOrder, setting, supplier, 5 + random.nextInt(10),
                        measuredLeadTime, price.multiply(COST_SHARE), price, lastSale,
                        new SalesHistory(firstDay, units, promotion));
                positions.add(position);
                if (random.nextInt(10) == 0 && onHand > 1) {
                    batches.add(new Batch(batches.size() + 1, s, w, "L" + batches.size(), onHand / 2,
                            TODAY.plusDays(random.nextInt(70) - 5), null));
                    batches.add(new Batch(batches.size() + 1, s, w, "L" + batches.size(), onHand - onHand / 2,
                            TODAY.plusDays(random.nextInt(120)), null));
                }
            }
        }
        return new StockPlanBench(new PlanningInput(TODAY, positions, batches, PlanningPolicy.DEFAULT));
    }

    StockPlan plan() {
        return planner.plan(input);
    }

    int positions() {
        return input.positions().size();
    }

    static String describe(StockPlan plan) {
        return String.format(Locale.ROOT, "%,d reorders, %,d transfers, %,d clearances, %,d warnings",
                plan.reorders().size(), plan.transfers().size(), plan.clearances().size(), plan.warnings().size());
    }
}
