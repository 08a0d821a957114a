package io.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PermissionMatrixTest {

    private Services services;
    private SecurityFixture f;

    @BeforeEach
    void claimTheStore() {
        services = TestStores.emptyInMemory();
        f = new SecurityFixture(services);
        f.users.claim("boss", "Boss", "boss-password");
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aSaveChangesTheDifferingCellsAndIsAudited() {
        List<PermissionGrant> seen = f.matrix.read();
        List<PermissionMatrix.Cell> wanted = cells(seen);
        wanted.add(new PermissionMatrix.Cell(Role.AGENT, Permission.PERSONAL_DATA_VIEW, null));
        wanted.removeIf(c -> c.role() == Role.WAREHOUSE && c.permission() == Permission.STOCK_ADJUST);
        replace(wanted, Role.AGENT, Permission.REFUND_APPROVE, new BigDecimal("300"));

        f.matrix.save(seen, wanted);

        assertThat(f.permissionRepository.grants(Role.AGENT)).contains(Permission.PERSONAL_DATA_VIEW);
        assertThat(f.permissionRepository.grants(Role.WAREHOUSE)).doesNotContain(Permission.STOCK_ADJUST);
        assertThat(limit(f.matrix.read(), Role.AGENT, Permission.REFUND_APPROVE)).isEqualByComparingTo("300");
        List<AuditEntry> agent = f.audit.history("role_permission", "AGENT", 5);
        assertThat(agent).hasSize(1);
        assertThat(agent.get(0).before()).containsEntry("REFUND_APPROVE", "200.0000")
                .doesNotContainKey("PERSONAL_DATA_VIEW");
        assertThat(agent.get(0).after()).containsEntry("REFUND_APPROVE", "300")
                .containsEntry("PERSONAL_DATA_VIEW", "granted");
        assertThat(f.audit.history("role_permission", "WAREHOUSE", 5)).hasSize(1);
    }

    @Test
    void aSaveOverACellSomeoneChangedMeanwhileSavesNothing() {
        List<PermissionGrant> first = f.matrix.read();
        List<PermissionGrant> second = f.matrix.read();
        List<PermissionMatrix.Cell> firstWants = cells(first);
        replace(firstWants, Role.OPERATOR, Permission.REFUND_APPROVE, new BigDecimal("800"));
        f.matrix.save(first, firstWants);

        List<PermissionMatrix.Cell> secondWants = cells(second);
        secondWants.add(new PermissionMatrix.Cell(Role.AGENT, Permission.EXPORT, null));
        replace(secondWants, Role.OPERATOR, Permission.REFUND_APPROVE, new BigDecimal("900"));

        RefusedInputException e = refused(() -> f.matrix.save(second, secondWants));
        assertThat(e.messageKey()).isEqualTo("security.matrix.conflict");
        assertThat(limit(f.matrix.read(), Role.OPERATOR, Permission.REFUND_APPROVE)).isEqualByComparingTo("800");
        assertThat(f.permissionRepository.grants(Role.AGENT)).doesNotContain(Permission.EXPORT);
    }

    @Test
    void theAdministratorKeepsTheRightToManageUsers() {
        List<PermissionGrant> seen = f.matrix.read();
        List<PermissionMatrix.Cell> wanted = cells(seen);
        wanted.removeIf(c -> c.role() == Role.ADMIN && c.permission() == Permission.USERS);

        assertThat(refused(() -> f.matrix.save(seen, wanted)).messageKey())
                .isEqualTo("security.matrix.adminKeepsUsers");
        assertThat(f.permissionRepository.grants(Role.ADMIN)).contains(Permission.USERS);
    }

    @Test
    void onlyWhoMayManageUsersSeesOrSavesTheMatrix() {
        f.users.add(new NewUser("mgr", "Manager", Role.MANAGER), "manager-pass");
        f.signIn.signIn("mgr", "manager-pass");

        assertThat(refused(f.matrix::read)).isInstanceOf(AccessDeniedException.class);
    }

    private static List<PermissionMatrix.Cell> cells(List<PermissionGrant> grants) {
        List<PermissionMatrix.Cell> cells = new ArrayList<>();
        grants.forEach(g -> cells.add(new PermissionMatrix.Cell(g.role(), g.permission(), g.limit())));
        return cells;
    }

    private static void replace(List<PermissionMatrix.Cell> cells, Role role, Permission permission, BigDecimal limit) {
        cells.removeIf(c -> c.role() == role && c.permission() == permission);
        cells.add(new PermissionMatrix.Cell(role, permission, limit));
    }

    private static BigDecimal limit(List<PermissionGrant> grants, Role role, Permission permission) {
        return grants.stream().filter(g -> g.role() == role && g.permission() == permission).findFirst()
                .orElseThrow().limit();
    }

    private static RefusedInputException refused(Runnable action) {
        try {
            action.run();
        } catch (RefusedInputException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
