-- Two indexes whose columns open a wider index of the same table: the wider one answers their lookups, and
-- each cost a write for every row. (On H2 this version drops the explicit indexes that doubled a foreign key's
-- own index; PostgreSQL makes no such index, so there those explicit indexes are the only ones and stay.)
DROP INDEX ix_line_order;    -- uk_order_line (order_id, line_no)
DROP INDEX ix_refund_order;  -- ix_refund_external (order_id, external_id)
