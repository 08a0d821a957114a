-- The global search (decision 0029) finds orders and customers by the number or id the channel gave them, typed
-- from its start. The unique keys lead with channel_id, so they cannot answer that; these indexes do.
CREATE INDEX ix_order_external ON orders (external_id);
CREATE INDEX ix_customer_external ON customer (external_id);
