-- Who may approve money going back to a buyer, and up to how much (role_permission.limit_amount, in the shop's
-- currency). NULL = no ceiling; no row = the role may not approve at all (WAREHOUSE receives returns only).
INSERT INTO role_permission (role_code, permission, limit_amount) VALUES ('AGENT', 'REFUND_APPROVE', 200.00);
INSERT INTO role_permission (role_code, permission, limit_amount) VALUES ('OPERATOR', 'REFUND_APPROVE', 500.00);
INSERT INTO role_permission (role_code, permission, limit_amount) VALUES ('MANAGER', 'REFUND_APPROVE', 5000.00);
INSERT INTO role_permission (role_code, permission, limit_amount) VALUES ('ADMIN', 'REFUND_APPROVE', NULL);

-- Goodwill (a coupon or a partial refund without a return) is approved under the same ceilings.
INSERT INTO role_permission (role_code, permission, limit_amount) VALUES ('AGENT', 'COMPENSATION_APPROVE', 200.00);
INSERT INTO role_permission (role_code, permission, limit_amount) VALUES ('OPERATOR', 'COMPENSATION_APPROVE', 500.00);
INSERT INTO role_permission (role_code, permission, limit_amount) VALUES ('MANAGER', 'COMPENSATION_APPROVE', 5000.00);
INSERT INTO role_permission (role_code, permission, limit_amount) VALUES ('ADMIN', 'COMPENSATION_APPROVE', NULL);
