-- The coarse KPI rollup (decision 0037): sales by day at a few grains, so a report reads a few thousand rows
-- instead of every order slice. Derived from the same lines as kpi_order_slice (V15) and rebuilt with it.
-- grain says which columns split the rows (KpiGrain): 0 day × channel; 1 … × warehouse; 2 … × category;
-- 3 … × warehouse × category; 4 … × province; 5 … × hour. Columns a grain does not split by are NULL.
-- orders = distinct orders with a sold line in the row: exact within a grain, since day, hour, channel and
-- province belong to the whole order and each grain splits by the line columns (warehouse, category) it names.
CREATE TABLE kpi_sales (
    grain        SMALLINT       NOT NULL,
    placed_day   DATE           NOT NULL,
    placed_hour  SMALLINT,
    channel_id   BIGINT         NOT NULL,
    province     VARCHAR(32),
    warehouse_id BIGINT,
    category_id  BIGINT,
    orders       BIGINT         NOT NULL,
    gmv          DECIMAL(19, 4) NOT NULL,
    units        BIGINT         NOT NULL,
    net_amount   DECIMAL(19, 4) NOT NULL,
    costed_gmv   DECIMAL(19, 4) NOT NULL,
    cost         DECIMAL(19, 4) NOT NULL
);
CREATE INDEX ix_kpi_sales ON kpi_sales (grain, placed_day);
CREATE INDEX ix_kpi_sales_day ON kpi_sales (placed_day);

-- Which build the rollups are: changes whenever their rows change, so what is read from them can be kept
-- in memory until then (KpiCustomerIndex). 0 = not yet built by a version that knows kpi_sales.
ALTER TABLE kpi_rollup_state ADD COLUMN generation BIGINT DEFAULT 0 NOT NULL;

-- Stores rolled up before this version have no kpi_sales rows: forget their watermark, so the next catch-up
-- rebuilds everything (KpiRollups.catchUp).
DELETE FROM kpi_rollup_state;

