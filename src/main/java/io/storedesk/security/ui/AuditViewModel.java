package io.storedesk.security.ui;

import io.storedesk.security.AuditEntry;
import io.storedesk.security.AuditField;
import io.storedesk.security.AuditFilter;
import io.storedesk.security.AuditLog;
import io.storedesk.security.AuditPage;
import io.storedesk.security.AuditTrail;
import io.storedesk.ui.Notice;
import io.storedesk.ui.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit log viewer: filters (who, which kind of record, what was done, which days, a text), the matching
 * entries a page at a time, newest first, the focused entry's fields before and after side by side, the export
 * of everything the filters match, and the check of the hash chain. Every read runs on the task runner.
 */
public final class AuditViewModel {

    public static final int PAGE_SIZE = 100;

    private final AuditTrail trail;
    private final TaskRunner tasks;
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty entity = new SimpleStringProperty(this, "entity", "");
    private final StringProperty action = new SimpleStringProperty(this, "action", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>(this, "fromDay");
    private final ObjectProperty<LocalDate> toDay = new SimpleObjectProperty<>(this, "toDay");
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<AuditField> fields = FXCollections.observableArrayList();
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<AuditLog.Verification> verification =
            new ReadOnlyObjectWrapper<>(this, "verification");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    // The filters as last searched: paging and export keep them while the fields are edited. Read into a filter
    // on the background thread, which knows the shop's time zone from the store.
    private Supplier<AuditFilter> shown = () -> AuditFilter.ALL;
    private long generation;

    public AuditViewModel(AuditTrail trail, TaskRunner tasks) {
        this.trail = trail;
        this.tasks = tasks;
        selected.addListener((obs, old, now) -> fields.setAll(now == null ? List.of() : AuditField.of(now)));
    }

    /** Reads the filters' choices and the first page of everything. */
    public void open() {
        tasks.run("security.audit.task.load", progress -> trail.choices(), (AuditTrail.Choices c) -> {
            users.setAll(c.users());
            entities.setAll(c.entities());
            actions.setAll(c.actions());
        }, this::failed);
        search();
    }

    /** The first page for the filters as they are now. */
    public void search() {
        String u = user.get();
        String e = entity.get();
        String a = action.get();
        String t = text.get();
        LocalDate from = fromDay.get();
        LocalDate to = toDay.get();
        shown = () -> trail.filter(u, e, a, from, to, t);
        load(0);
    }

    public void nextPage() {
        if (hasNext.get()) {
            load(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            load(page.get() - 1);
        }
    }

    private void load(int number) {
        long asked = ++generation;
        Supplier<AuditFilter> filter = shown;
        busy.set(true);
        tasks.run("security.audit.task.load", progress -> trail.page(filter.get(), number * PAGE_SIZE, PAGE_SIZE),
                (AuditPage loaded) -> {
                    if (asked != generation) {
                        return;
                    }
                    busy.set(false);
                    page.set(number);
                    total.set(loaded.total());
                    hasNext.set((long) (number + 1) * PAGE_SIZE < loaded.total());
                    rows.setAll(loaded.entries());
                    selected.set(loaded.entries().isEmpty() ? null : loaded.entries().get(0));
                }, error -> {
                    if (asked == generation) {
                        busy.set(false);
                    }
                    failed(error);
                });
    }

    /** Walks the whole chain; the answer says intact, or names the first broken entry. */
    public void verify() {
        verification.set(null);
        tasks.run("security.audit.task.verify", progress -> trail.verify(), verification::set, this::failed);
    }

    /** Writes every entry the shown filters match (not just this page) to a CSV or XLSX file. */
    public void export(Path file, Locale locale) {
        Supplier<AuditFilter> filter = shown;
        tasks.run("security.audit.task.export", progress -> trail.export(filter.get(), file, locale),
                (Integer written) -> notice.set(Notice.done("security.audit.exported", written,
                        file.getFileName().toString())), this::failed);
    }

    private void failed(Throwable error) {
        notice.set(Notice.problem(error));
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<LocalDate> fromDayProperty() {
        return fromDay;
    }

    public ObjectProperty<LocalDate> toDayProperty() {
        return toDay;
    }

    public ObservableList<String> users() {
        return users;
    }

    public ObservableList<String> entities() {
        return entities;
    }

    public ObservableList<String> actions() {
        return actions;
    }

    /** The entries of the page shown, newest first. */
    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    /** The focused entry's fields, before and after. */
    public ObservableList<AuditField> fields() {
        return fields;
    }

    public ObjectProperty<AuditEntry> selectedProperty() {
        return selected;
    }

    /** How many entries match the shown filters in all. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The page shown, from 0. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last check of the chain; null before one (or while one runs). */
    public ReadOnlyObjectProperty<AuditLog.Verification> verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    /** A finished export or a refusal to show. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
