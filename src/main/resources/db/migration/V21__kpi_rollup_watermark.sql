-- How far the KPI rollups have caught up with the orders: the time the last build or catch-up started, the
-- largest order and refund ids it saw and how many orders there were. Orders and refunds past these (new,
-- changed since, or gone) are what a catch-up rolls up again. One row, id 1; none = never built.
CREATE TABLE kpi_rollup_state (
    id            INT      NOT NULL PRIMARY KEY,
    built_from    TIMESTAMP WITH TIME ZONE NOT NULL,
    max_order_id  BIGINT   NOT NULL,
    max_refund_id BIGINT   NOT NULL,
    order_count   BIGINT   NOT NULL,
    CONSTRAINT ck_rollup_state_one CHECK (id = 1)
);
