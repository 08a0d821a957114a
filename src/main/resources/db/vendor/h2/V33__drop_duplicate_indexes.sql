-- H2 gives every foreign key an index of its own when none with exactly its columns exists as the constraint
-- is made, so each index below, made after its table by an explicit CREATE INDEX, doubled the foreign key's:
-- two entries written for every row inserted, and both rewritten on every UPDATE of the row (H2 re-enters an
-- updated row in every index of its table). The foreign key's index answers the same lookups.
-- PostgreSQL makes no index for a foreign key: there these indexes are the only ones and stay.
DROP INDEX ix_category_parent;
DROP INDEX ix_csl_sku;
DROP INDEX ix_change_job;
DROP INDEX ix_product_category;
DROP INDEX ix_pol_po;
DROP INDEX ix_pol_sku;
DROP INDEX ix_refund_order;
DROP INDEX ix_shipment_order;
DROP INDEX ix_shipment_line_line;
DROP INDEX ix_sku_product;
DROP INDEX ix_setting_supplier;
DROP INDEX ix_stl_transfer;
DROP INDEX ix_level_warehouse;
DROP INDEX ix_ticket_order;
DROP INDEX ix_tl_order_line;
DROP INDEX ix_tl_ticket;
