-- Order review (审单) and routing. reviewed_at/by: when the review rules last passed the order or a person
-- released its hold (a released hold is not raised again). route_note: why the order is held, backordered
-- or routed as it is, as message keys with arguments (JSON), so each desk reads it in its own language.
ALTER TABLE orders ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE orders ADD COLUMN reviewed_by VARCHAR(64);
ALTER TABLE orders ADD COLUMN route_note VARCHAR(4000);
CREATE INDEX ix_order_merged ON orders (merged_into_id);
CREATE INDEX ix_order_phone ON orders (receiver_phone, placed_at);
CREATE INDEX ix_shipment_line_line ON shipment_line (order_line_id);
