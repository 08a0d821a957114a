package io.storedesk.security;

import java.math.BigDecimal;

/** One cell of the matrix a role holds: the ceiling (null = none; only approvals have one) and its row version. */
public record PermissionGrant(Role role, Permission permission, BigDecimal limit, int version) {
}
