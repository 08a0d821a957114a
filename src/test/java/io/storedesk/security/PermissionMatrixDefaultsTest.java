package io.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.testing.TestStores;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class PermissionMatrixDefaultsTest {

    @Test
    void theAdministratorHoldsEveryPermissionAndAnAgentOnlyWorksTickets() {
        try (Services services = TestStores.emptyInMemory()) {
            DSLContext dsl = services.store().dsl();
            Map<Role, Set<Permission>> matrix = new PermissionRepository(dsl).matrix();

            assertThat(matrix.get(Role.ADMIN)).containsExactlyInAnyOrder(Permission.values());
            assertThat(matrix.get(Role.AGENT)).contains(Permission.ORDERS_VIEW, Permission.AFTERSALES_EDIT,
                            Permission.REFUND_APPROVE)
                    .doesNotContain(Permission.ORDERS_EDIT, Permission.PERSONAL_DATA_VIEW, Permission.PRICE_CHANGE);
            assertThat(matrix.get(Role.MANAGER)).doesNotContain(Permission.USERS, Permission.SETTINGS);
        }
    }

    @Test
    void aRoleWithoutTheRightIsRefusedWithItsNameAndTheLocalOwnerIsNot() {
        Access agent = Access.of(new Principal("li", "Li Na", Role.AGENT), EnumSet.of(Permission.ORDERS_VIEW));

        assertThatThrownBy(() -> agent.require(Permission.ORDERS_EDIT))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.ORDERS_EDIT));
        agent.require(Permission.ORDERS_VIEW);
        Access owner = Access.localOwner("shopkeeper");
        owner.require(Permission.USERS);
        assertThat(owner.principal().role()).isEqualTo(Role.ADMIN);
    }
}
