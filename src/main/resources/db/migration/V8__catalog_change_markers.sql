-- The catalog pane searches an in-memory index of the SKUs (see decision 0010) and asks the store on
-- each search whether anything changed since it was built: the newest updated_at of SKUs and products,
-- answered from these indexes without reading the tables.
CREATE INDEX ix_sku_updated ON sku (updated_at);
CREATE INDEX ix_product_updated ON product (updated_at);
CREATE INDEX ix_category_updated ON category (updated_at);
