-- Stock-outs ask the SKU days kept in memory (KpiSkuSalesIndex) whether a SKU sold, and every query of kpi_sku_day
-- reads a range of days through its id (RollupKeys): the index by SKU served no query, while every build and
-- catch-up wrote an entry into it for each row, a million on a store of a million lines.
DROP INDEX IF EXISTS ix_kpi_sku_day_sku;
