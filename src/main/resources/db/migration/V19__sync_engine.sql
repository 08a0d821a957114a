-- What the sync engine adds: the stock level last queued for each channel and SKU (a stock push sends only
-- what changed since), the 429 answers a run saw, and an index for the outbox of one channel.

CREATE TABLE stock_push_state (
    channel_id BIGINT NOT NULL,
    sku_id     BIGINT NOT NULL,
    quantity   BIGINT NOT NULL,
    pushed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (channel_id, sku_id),
    CONSTRAINT fk_push_state_channel FOREIGN KEY (channel_id) REFERENCES channel (id) ON DELETE CASCADE,
    CONSTRAINT fk_push_state_sku FOREIGN KEY (sku_id) REFERENCES sku (id) ON DELETE CASCADE
);

ALTER TABLE sync_run ADD COLUMN rate_limited INT DEFAULT 0 NOT NULL;

CREATE INDEX ix_outbox_channel ON outbox (channel_id, status, kind);

-- A purchase order with many lines does not fit in 8000 characters of JSON.
ALTER TABLE outbox ALTER COLUMN payload SET DATA TYPE VARCHAR(100000);
