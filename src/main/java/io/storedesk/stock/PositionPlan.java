package io.storedesk.stock;

/**
 * The planner's figures for one position. daysOfCover = available / daily demand (Double.POSITIVE_INFINITY
 * without demand); turnover = yearly units sold / on hand (0 when nothing is on hand).
 */
public record PositionPlan(PositionKey key, Demand demand, int safetyStock, int reorderPoint, double daysOfCover,
                           double turnover, AbcClass abc, XyzClass xyz) {
}
