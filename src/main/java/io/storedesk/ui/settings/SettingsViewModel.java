package io.storedesk.ui.settings;

import io.storedesk.security.Permission;
import io.storedesk.stock.PlanningPolicy;
import io.storedesk.store.backup.BackupFrequency;
import io.storedesk.ui.Notice;
import io.storedesk.ui.TaskRunner;
import io.storedesk.ui.Theme;
import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Settings window: the desk's theme (applied at once), the shop's alert thresholds and backup schedule
 * (saved with the Save buttons, refused without {@link Permission#SETTINGS}), and whether the person may open
 * the Users and roles dialog. The language is the window's own {@code I18n} and needs no model.
 */
public final class SettingsViewModel {

    private final SettingsDesk desk;
    private final TaskRunner tasks;
    private final ObjectProperty<Theme.Mode> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<Integer> targetCoverDays = new SimpleObjectProperty<>(this, "targetCoverDays");
    private final ObjectProperty<Integer> overstockCoverDays = new SimpleObjectProperty<>(this, "overstockCoverDays");
    private final ObjectProperty<Integer> slowMovingDays = new SimpleObjectProperty<>(this, "slowMovingDays");
    private final ObjectProperty<Integer> nearExpiryDays = new SimpleObjectProperty<>(this, "nearExpiryDays");
    private final ObjectProperty<BigDecimal> alertThreshold = new SimpleObjectProperty<>(this, "alertThreshold");
    private final ObjectProperty<BackupFrequency> backups = new SimpleObjectProperty<>(this, "backups");
    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper(this, "mayEdit");
    private final ReadOnlyBooleanWrapper mayManageUsers = new ReadOnlyBooleanWrapper(this, "mayManageUsers");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private PlanningPolicy policy = PlanningPolicy.DEFAULT;

    /** themeChanged applies a newly chosen theme (and remembers it); it is not called for the initial one. */
    public SettingsViewModel(SettingsDesk desk, TaskRunner tasks, Theme.Mode currentTheme,
            Consumer<Theme.Mode> themeChanged) {
        this.desk = desk;
        this.tasks = tasks;
        theme.set(currentTheme);
        theme.addListener((obs, old, now) -> {
            if (now != null && now != old) {
                themeChanged.accept(now);
            }
        });
        showValues(new ShopSettingsValues(PlanningPolicy.DEFAULT, BigDecimal.valueOf(3), BackupFrequency.DEFAULT));
        mayEdit.set(desk.access().allows(Permission.SETTINGS));
        mayManageUsers.set(desk.access().allows(Permission.USERS));
    }

    /** Reads the shop settings in the background. */
    public void load() {
        tasks.run("settings.task.load", progress -> new ShopSettingsValues(desk.planning().policy(),
                desk.alertThreshold().threshold(), desk.backups().frequency()), values -> {
                    showValues(values);
                    loaded.set(true);
                }, error -> notice.set(Notice.problem(error)));
    }

    private void showValues(ShopSettingsValues values) {
        policy = values.policy();
        targetCoverDays.set(policy.targetCoverDays());
        overstockCoverDays.set(policy.overstockCoverDays());
        slowMovingDays.set(policy.slowMovingDays());
        nearExpiryDays.set(policy.nearExpiryDays());
        alertThreshold.set(values.alertThreshold());
        backups.set(values.backups());
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** Saves the stock warning thresholds and the dashboard's alert threshold (each audited by its service). */
    public void saveAlerts() {
        PlanningPolicy changed = new PlanningPolicy(policy.historyDays(), policy.halfLifeDays(),
                targetCoverDays.get(), overstockCoverDays.get(), slowMovingDays.get(), nearExpiryDays.get(),
                policy.defaultLeadTimeDays(), policy.defaultServiceLevel(), policy.abcA(), policy.abcB(),
                policy.xyzX(), policy.xyzY());
        BigDecimal threshold = alertThreshold.get();
        tasks.run("settings.task.save", progress -> {
            String user = desk.access().principal().username();
            desk.planning().savePolicy(changed, user);
            desk.alertThreshold().change(threshold);
            return changed;
        }, saved -> {
            policy = saved;
            notice.set(Notice.done("settings.notice.alertsSaved"));
        }, error -> notice.set(Notice.problem(error)));
    }

    public void saveBackups() {
        BackupFrequency chosen = backups.get();
        tasks.run("settings.task.save", progress -> {
            desk.backups().change(chosen);
            return chosen;
        }, saved -> notice.set(Notice.done("settings.notice.backupsSaved")),
                error -> notice.set(Notice.problem(error)));
    }

    public ObjectProperty<Theme.Mode> themeProperty() {
        return theme;
    }

    public ObjectProperty<Integer> targetCoverDaysProperty() {
        return targetCoverDays;
    }

    public ObjectProperty<Integer> overstockCoverDaysProperty() {
        return overstockCoverDays;
    }

    public ObjectProperty<Integer> slowMovingDaysProperty() {
        return slowMovingDays;
    }

    public ObjectProperty<Integer> nearExpiryDaysProperty() {
        return nearExpiryDays;
    }

    /** How many spreads from normal a KPI must be before the dashboard alerts. */
    public ObjectProperty<BigDecimal> alertThresholdProperty() {
        return alertThreshold;
    }

    public ObjectProperty<BackupFrequency> backupsProperty() {
        return backups;
    }

    /** Whether the signed-in person may change the shop settings (SETTINGS). */
    public ReadOnlyBooleanProperty mayEditProperty() {
        return mayEdit.getReadOnlyProperty();
    }

    /** Whether the Users and roles link is offered (administrators: USERS). */
    public ReadOnlyBooleanProperty mayManageUsersProperty() {
        return mayManageUsers.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
