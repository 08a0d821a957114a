-- No query filters SKUs by lifecycle stage and listing in the database: the catalog pane filters its in-memory
-- index (decision 0010). The index only cost writes: the store rewrites every index entry of a SKU it updates,
-- so a catalog import of 100,000 rows paid for 200,000 entries nobody read (decision 0012).
DROP INDEX ix_sku_stage;
