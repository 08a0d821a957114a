-- KPI rollups (issue 7): derived from orders, order lines and refunds, rebuildable from scratch at any
-- time (KpiRollups.rebuild) and kept up to date per order (KpiRollups.refreshOrders). Days and hours are
-- in the shop's time zone at the time of the build. Nothing else refers to these tables.

-- One row per order × warehouse × category: the order-grain facts that do not add up across SKUs
-- (orders, customers) and the additive ones. sold = the slice has at least one sold line (kind SALE,
-- quantity > 0, unit price > 0). Lines without a SKU or warehouse land in a slice with NULL there.
CREATE TABLE kpi_order_slice (
    order_id     BIGINT         NOT NULL,
    warehouse_id BIGINT,
    category_id  BIGINT,
    placed_day   DATE           NOT NULL,
    placed_hour  TINYINT        NOT NULL,
    channel_id   BIGINT         NOT NULL,
    province     VARCHAR(32),
    customer_id  BIGINT,
    sold         BOOLEAN        NOT NULL,
    gmv          DECIMAL(19, 4) NOT NULL,
    units        BIGINT         NOT NULL,
    net_amount   DECIMAL(19, 4) NOT NULL
);
CREATE INDEX ix_kpi_slice_day ON kpi_order_slice (placed_day);
CREATE INDEX ix_kpi_slice_order ON kpi_order_slice (order_id);
CREATE INDEX ix_kpi_slice_customer ON kpi_order_slice (customer_id);

-- Sold lines by day × SKU × channel × warehouse × province: top SKUs and gross margin. costed_gmv and
-- cost are over the lines whose SKU has a cost.
CREATE TABLE kpi_sku_day (
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
CREATE INDEX ix_kpi_sku_day ON kpi_sku_day (placed_day);

-- One row per refund, with the day it was refunded. warehouse and category come from the refunded line, if any.
CREATE TABLE kpi_refund (
    order_id     BIGINT         NOT NULL,
    refunded_day DATE           NOT NULL,
    channel_id   BIGINT         NOT NULL,
    warehouse_id BIGINT,
    category_id  BIGINT,
    province     VARCHAR(32),
    kind         VARCHAR(16)    NOT NULL,
    reason       VARCHAR(200),
    amount       DECIMAL(19, 4) NOT NULL
);
CREATE INDEX ix_kpi_refund_day ON kpi_refund (refunded_day);
CREATE INDEX ix_kpi_refund_order ON kpi_refund (order_id);

-- The day of each identified customer's first order with a sold line, ever: new customers.
CREATE TABLE kpi_customer_first (
    customer_id BIGINT PRIMARY KEY,
    first_day   DATE NOT NULL
);
CREATE INDEX ix_kpi_customer_first ON kpi_customer_first (first_day);
