-- Stock ledger: what booking receipts, shipments, purchase orders and transfers looks up.

-- A document's ledger entries (a transfer's TRANSFER_OUT rows when it arrives, a purchase order's receipts).
CREATE INDEX ix_movement_reference ON stock_movement (reference, kind, sku_id);

-- The lines of a transfer (the foreign key alone has no index of its own in every engine).
CREATE INDEX ix_stl_transfer ON stock_transfer_line (transfer_id);
