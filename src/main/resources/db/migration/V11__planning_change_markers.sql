-- Stock planning keeps the sales histories it read until orders or shipments change; it asks by the newest
-- updated_at of each, answered from these indexes instead of reading every order.
CREATE INDEX ix_order_updated ON orders (updated_at);
CREATE INDEX ix_shipment_updated ON shipment (updated_at);
