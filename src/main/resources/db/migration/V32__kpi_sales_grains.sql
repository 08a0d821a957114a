-- KPI rollups rebuilt faster and read by grain (decision 0037). Rollups are derived from the orders and rebuilt
-- on the next catch-up (their watermark is forgotten below), so the tables of V15 that change shape are dropped
-- and made again.

-- The order slices and SKU days of V15, now keyed by day: id = epoch day × 2^32 + a number within the build. A
-- single BIGINT key is the order H2 stores a table's rows in, so a range of days is a range of the key, read in
-- place, and no index on the day has to be written with each of a million rows; PostgreSQL reads the range
-- through the key's index. Readers ask for both the days and the key range (RollupWhere). placed_hour is a
-- SMALLINT on both databases (V15 needed a variant for H2's TINYINT).
DROP TABLE kpi_order_slice;
CREATE TABLE kpi_order_slice (
    id           BIGINT         NOT NULL PRIMARY KEY,
    order_id     BIGINT         NOT NULL,
    warehouse_id BIGINT,
    category_id  BIGINT,
    placed_day   DATE           NOT NULL,
    placed_hour  SMALLINT       NOT NULL,
    channel_id   BIGINT         NOT NULL,
    province     VARCHAR(32),
    customer_id  BIGINT,
    sold         BOOLEAN        NOT NULL,
    gmv          DECIMAL(19, 4) NOT NULL,
    units        BIGINT         NOT NULL,
    net_amount   DECIMAL(19, 4) NOT NULL
);
-- A catch-up finds where the orders it redoes were rolled up.
CREATE INDEX ix_kpi_slice_order ON kpi_order_slice (order_id);

-- Rows of one day × channel × warehouse × category × SKU × province may repeat (a build writes a range of orders
-- at a time): every reader sums them.
DROP TABLE kpi_sku_day;
CREATE TABLE kpi_sku_day (
    id           BIGINT         NOT NULL PRIMARY KEY,
    placed_day   DATE           NOT NULL,
    channel_id   BIGINT         NOT NULL,
    warehouse_id BIGINT,
    category_id  BIGINT,
    sku_id       BIGINT,
    province     VARCHAR(32),
    gmv          DECIMAL(19, 4) NOT NULL,
    units        BIGINT         NOT NULL,
    costed_gmv   DECIMAL(19, 4) NOT NULL,
    cost         DECIMAL(19, 4) NOT NULL
);
-- Stock-outs ask, SKU by SKU, whether it sold in a period (StockKpiRepository.stockOuts).
CREATE INDEX ix_kpi_sku_day_sku ON kpi_sku_day (sku_id, placed_day);

-- The coarse rollup: sales by day at a few grains, so a report reads a few thousand rows instead of every
-- order slice. grain says which columns split the rows (KpiGrain): 0 day × channel; 1 … × warehouse;
-- 2 … × category; 3 … × warehouse × category; 4 … × province; 5 … × hour. Columns a grain does not split by are
-- NULL. orders = distinct orders with a sold line in the row: exact within a grain, since day, hour, channel and
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

-- Forget the watermark, so the next catch-up rebuilds everything (KpiRollups.catchUp).
DELETE FROM kpi_rollup_state;
