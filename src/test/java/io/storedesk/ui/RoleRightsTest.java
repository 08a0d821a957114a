package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.catalog.ui.CatalogViewModel;
import io.storedesk.security.Access;
import io.storedesk.security.PermissionRepository;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.testing.TestStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The view models' can… properties and the navigation follow the desk's access as it switches. */
class RoleRightsTest {

    private final Services services = TestStores.emptyInMemory();
    private final Access access = services.access();

    @AfterEach
    void close() {
        services.close();
    }

    private void signIn(Role role) {
        access.switchTo(new Principal(role.name().toLowerCase(Locale.ROOT), role.name(), role),
                new PermissionRepository(services.store().dsl()).grants(role));
    }

    @Test
    void theCatalogsEditAndExportRightsFlipWithTheSignedInRole() {
        CatalogViewModel model = new CatalogViewModel(services.catalog(), services.catalogEditor(),
                services.catalogExport(), new InlineTaskRunner(), () -> "lin", () -> Locale.ENGLISH);
        RoleRights.follow(access, Runnable::run, model.rights());
        assertThat(model.canEditProperty().get()).as("the local owner").isTrue();

        signIn(Role.AGENT);
        assertThat(model.canEditProperty().get()).isFalse();
        assertThat(model.canChangePricesProperty().get()).isFalse();
        assertThat(model.canExportProperty().get()).isFalse();

        signIn(Role.OPERATOR);
        assertThat(model.canEditProperty().get()).isTrue();
        assertThat(model.canChangePricesProperty().get()).isTrue();
        assertThat(model.canImportProperty().get()).isTrue();
    }

    @Test
    void aWarehouseClerkSeesNeitherDashboardNorChannelsAndLeavesAHiddenPane() {
        ShellViewModel shell = new ShellViewModel(new InlineTaskRunner(), () -> new DeskSummary("", 0, 0, 0),
                Path.of("data"));
        RoleRights.follow(access, Runnable::run, shell.rights());
        shell.selectedPaneProperty().set(PaneId.DASHBOARD);

        signIn(Role.WAREHOUSE);

        assertThat(shell.paneShown(PaneId.DASHBOARD).get()).isFalse();
        assertThat(shell.paneShown(PaneId.CHANNELS).get()).isFalse();
        assertThat(shell.paneShown(PaneId.STOCK).get()).isTrue();
        assertThat(shell.selectedPaneProperty().get()).isEqualTo(PaneId.CATALOG);
    }

    @Test
    void aSwitchReachesTheViewModelOnlyThroughTheGivenThread() {
        CatalogViewModel model = new CatalogViewModel(services.catalog(), services.catalogEditor(),
                services.catalogExport(), new InlineTaskRunner(), () -> "lin", () -> Locale.ENGLISH);
        List<Runnable> windowThread = new ArrayList<>();
        RoleRights.follow(access, windowThread::add, model.rights());

        signIn(Role.AGENT);
        assertThat(model.canEditProperty().get()).as("not yet on the window's thread").isTrue();
        windowThread.forEach(Runnable::run);

        assertThat(model.canEditProperty().get()).isFalse();
    }
}
