package io.storedesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.security.Permission;
import io.storedesk.security.Role;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PermissionMatrixViewModelTest {

    private Services services;
    private final InlineTaskRunner tasks = new InlineTaskRunner();

    @BeforeEach
    void claimTheStore() {
        services = TestStores.emptyInMemory();
        services.users().claim("boss", "Boss", "boss-password");
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theEditorShowsTheMatrixAndSavesATickAndACeiling() {
        PermissionMatrixViewModel model = new PermissionMatrixViewModel(services.permissionMatrix(), tasks);
        model.reload();
        assertThat(model.granted(Role.AGENT, Permission.ORDERS_VIEW).get()).isTrue();
        assertThat(model.granted(Role.AGENT, Permission.ORDERS_EDIT).get()).isFalse();
        assertThat(model.ceiling(Role.AGENT, Permission.REFUND_APPROVE).get()).isEqualTo("200");
        assertThat(model.ceiling(Role.ADMIN, Permission.REFUND_APPROVE).get()).isEmpty();
        assertThat(model.editable(Role.ADMIN, Permission.USERS)).isFalse();

        model.granted(Role.AGENT, Permission.ORDERS_EDIT).set(true);
        model.ceiling(Role.AGENT, Permission.REFUND_APPROVE).set("350.5");
        model.save();

        assertThat(model.failureProperty().get()).isNull();
        assertThat(model.noticeProperty().get().key()).isEqualTo("security.matrix.saved");
        assertThat(services.permissionMatrix().read()).anySatisfy(g -> {
            assertThat(g.role()).isEqualTo(Role.AGENT);
            assertThat(g.permission()).isEqualTo(Permission.ORDERS_EDIT);
        });
        assertThat(model.ceiling(Role.AGENT, Permission.REFUND_APPROVE).get()).isEqualTo("350.5");
    }

    @Test
    void aStaleEditorGetsTheConflictAndReloadShowsTheOtherChange() {
        PermissionMatrixViewModel mine = new PermissionMatrixViewModel(services.permissionMatrix(), tasks);
        PermissionMatrixViewModel theirs = new PermissionMatrixViewModel(services.permissionMatrix(), tasks);
        mine.reload();
        theirs.reload();
        theirs.ceiling(Role.MANAGER, Permission.REFUND_APPROVE).set("5500");
        theirs.save();

        mine.granted(Role.WAREHOUSE, Permission.DASHBOARD_VIEW).set(true);
        mine.ceiling(Role.MANAGER, Permission.REFUND_APPROVE).set("6000");
        mine.save();

        assertThat(mine.failureProperty().get()).hasMessageContaining("security.matrix.conflict");
        mine.reload();
        assertThat(mine.granted(Role.WAREHOUSE, Permission.DASHBOARD_VIEW).get()).isFalse();
        assertThat(mine.ceiling(Role.MANAGER, Permission.REFUND_APPROVE).get()).isEqualTo("5500");
    }

    @Test
    void aCeilingThatIsNotANumberIsRefusedBeforeAnythingIsSent() {
        PermissionMatrixViewModel model = new PermissionMatrixViewModel(services.permissionMatrix(), tasks);
        model.reload();
        model.ceiling(Role.OPERATOR, Permission.COMPENSATION_APPROVE).set("lots");
        model.save();

        assertThat(model.failureProperty().get()).hasMessageContaining("security.matrix.badLimit");
        assertThat(services.permissionMatrix().read()).anySatisfy(g -> {
            assertThat(g.role()).isEqualTo(Role.OPERATOR);
            assertThat(g.permission()).isEqualTo(Permission.COMPENSATION_APPROVE);
            assertThat(g.limit()).isEqualByComparingTo("500");
        });
    }
}
