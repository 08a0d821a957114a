-- What each catch-up of the KPI rollups changed, so that the dashboard's in-memory copies of the order slices
-- and SKU days (decisions 0037, 0038) re-read only those days: a generation, the one it replaced, and the days
-- it rolled up again. A rebuild writes no change: readers of a generation without one read everything.
CREATE TABLE kpi_rollup_change (
    generation          BIGINT                   NOT NULL PRIMARY KEY,
    previous_generation BIGINT                   NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_kpi_rollup_change_at ON kpi_rollup_change (changed_at);

CREATE TABLE kpi_rollup_change_day (
    generation BIGINT NOT NULL REFERENCES kpi_rollup_change (generation) ON DELETE CASCADE,
    placed_day DATE   NOT NULL,
    PRIMARY KEY (generation, placed_day)
);
