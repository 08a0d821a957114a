-- What the inbound sync remembers of each channel's records, so that pulling them again changes nothing and an
-- older version of a record never overwrites a newer one.

-- remote_updated_at: when the channel last changed the order, as it said on the version we stored (an older
-- version arriving later is ignored). remote_status: the channel's own status on that version, so a local step
-- (routed, held) can be told from one the channel made.
ALTER TABLE orders ADD COLUMN remote_updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE orders ADD COLUMN remote_status VARCHAR(16);

-- The channel's id for the line, which its refunds refer to.
ALTER TABLE order_line ADD COLUMN external_line_id VARCHAR(64);

-- Stock a channel or the ERP reports per item and location: shown beside ours, never booked into the ledger.
-- sku_id NULL = no SKU of ours matches the item (yet). location '' = the channel names none.
CREATE TABLE channel_stock_level (
    channel_id        BIGINT       NOT NULL,
    external_item_id  VARCHAR(64)  NOT NULL,
    location          VARCHAR(64)  DEFAULT '' NOT NULL,
    sku_id            BIGINT,
    sku_code          VARCHAR(64),
    available         BIGINT       NOT NULL,
    remote_updated_at TIMESTAMP WITH TIME ZONE,
    seen_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (channel_id, external_item_id, location),
    CONSTRAINT fk_csl_channel FOREIGN KEY (channel_id) REFERENCES channel (id) ON DELETE CASCADE,
    CONSTRAINT fk_csl_sku FOREIGN KEY (sku_id) REFERENCES sku (id) ON DELETE SET NULL
);
CREATE INDEX ix_csl_sku ON channel_stock_level (sku_id);
CREATE INDEX ix_conflict_entity ON sync_conflict (channel_id, entity, entity_key);
CREATE INDEX ix_refund_external ON refund (order_id, external_id);
