package io.storedesk.aftersales.returns;

import io.storedesk.security.Role;
import java.math.BigDecimal;

/** One role's grant of an approval permission; limit null = no ceiling. A role without a grant may not approve. */
public record ApprovalCeiling(Role role, BigDecimal limit) {

    public boolean covers(BigDecimal amount) {
        return limit == null || limit.compareTo(amount) >= 0;
    }
}
