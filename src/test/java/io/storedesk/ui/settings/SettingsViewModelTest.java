package io.storedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.security.AccessDeniedException;
import io.storedesk.security.Permission;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.stock.PlanningPolicy;
import io.storedesk.store.backup.BackupFrequency;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import io.storedesk.ui.Theme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Settings window's model without JavaFX: it reads the shop settings, saves them audited, and knows who may. */
class SettingsViewModelTest {

    private final Services services = TestStores.emptyInMemory();
    private final List<Theme.Mode> appliedThemes = new ArrayList<>();

    @AfterEach
    void close() {
        services.close();
    }

    private SettingsViewModel model() {
        return new SettingsViewModel(SettingsDesk.of(services), new InlineTaskRunner(), Theme.Mode.LIGHT,
                appliedThemes::add);
    }

    @Test
    void loadShowsTheStoredSettings() {
        services.backupFrequency().change(BackupFrequency.OFF);
        services.alertThreshold().change(new BigDecimal("4.5"));
        SettingsViewModel model = model();

        model.load();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.backupsProperty().get()).isEqualTo(BackupFrequency.OFF);
        assertThat(model.alertThresholdProperty().get()).isEqualByComparingTo("4.5");
        assertThat(model.targetCoverDaysProperty().get()).isEqualTo(PlanningPolicy.DEFAULT.targetCoverDays());
    }

    @Test
    void savingTheAlertsStoresBothThresholdsAndAuditsThem() {
        SettingsViewModel model = model();
        model.load();
        model.targetCoverDaysProperty().set(21);
        model.nearExpiryDaysProperty().set(45);
        model.alertThresholdProperty().set(new BigDecimal("2.5"));

        model.saveAlerts();

        assertThat(model.noticeProperty().get().isProblem()).isFalse();
        assertThat(services.stockPlanning().policy().targetCoverDays()).isEqualTo(21);
        assertThat(services.stockPlanning().policy().nearExpiryDays()).isEqualTo(45);
        assertThat(services.alertThreshold().threshold()).isEqualByComparingTo("2.5");
        assertThat(services.audit().history("settings", "stock.planning", 5)).singleElement()
                .satisfies(e -> assertThat(e.after()).containsEntry("targetCoverDays", "21")
                        .containsEntry("nearExpiryDays", "45"));
        assertThat(services.audit().history("settings", "dashboard.alert_threshold", 5)).hasSize(1);
    }

    @Test
    void anOverstockBelowTheTargetIsRefusedAndNothingIsSaved() {
        SettingsViewModel model = model();
        model.load();
        model.targetCoverDaysProperty().set(200);

        model.saveAlerts();

        assertThat(model.noticeProperty().get().isProblem()).isTrue();
        assertThat(services.stockPlanning().policy().targetCoverDays())
                .isEqualTo(PlanningPolicy.DEFAULT.targetCoverDays());
    }

    @Test
    void withoutTheSettingsRightThePagesAreReadOnlyAndASaveIsRefused() {
        services.access().switchTo(new Principal("li", "Li", Role.WAREHOUSE), EnumSet.of(Permission.STOCK_VIEW,
                Permission.STOCK_EDIT));
        SettingsViewModel model = model();
        model.load();
        assertThat(model.mayEditProperty().get()).isFalse();
        assertThat(model.mayManageUsersProperty().get()).isFalse();

        model.backupsProperty().set(BackupFrequency.OFF);
        model.saveBackups();

        assertThat(model.noticeProperty().get().failure()).isInstanceOf(AccessDeniedException.class);
        assertThat(services.backupFrequency().frequency()).isEqualTo(BackupFrequency.DAILY);
    }

    @Test
    void anAdministratorMayOpenUsersAndChangeTheBackups() {
        SettingsViewModel model = model();
        model.load();
        assertThat(model.mayManageUsersProperty().get()).isTrue();

        model.backupsProperty().set(BackupFrequency.WEEKLY);
        model.saveBackups();

        assertThat(services.backupFrequency().frequency()).isEqualTo(BackupFrequency.WEEKLY);
    }

    @Test
    void choosingAThemeAppliesItOnceAndNotTheInitialOne() {
        SettingsViewModel model = model();
        assertThat(appliedThemes).isEmpty();

        model.themeProperty().set(Theme.Mode.DARK);
        model.themeProperty().set(Theme.Mode.DARK);

        assertThat(appliedThemes).containsExactly(Theme.Mode.DARK);
    }
}
