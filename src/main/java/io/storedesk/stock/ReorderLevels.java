package io.storedesk.stock;

/**
 * The stock levels the planner steers one position by: reorder when the inventory position (available + in
 * transit + on order) is at or below reorderPoint, then bring it up to orderUpTo.
 */
record ReorderLevels(double leadTimeDays, int safetyStock, int reorderPoint, int orderUpTo) {
}
