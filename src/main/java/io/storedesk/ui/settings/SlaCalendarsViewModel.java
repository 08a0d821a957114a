package io.storedesk.ui.settings;

import io.storedesk.aftersales.SlaCalendars;
import io.storedesk.aftersales.sla.CalendarHoliday;
import io.storedesk.aftersales.sla.PolicyCalendar;
import io.storedesk.aftersales.sla.SlaCalendar;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.store.ShopSettings;
import io.storedesk.ui.Notice;
import io.storedesk.ui.TaskRunner;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Settings window's "SLA calendars" page: the calendars with their use, and an editor for the one selected
 * (or a new one). Reads and saves run on the task runner; a refusal arrives as a notice and the editor keeps
 * what was typed. Editing is offered only with {@link Permission#SETTINGS}; the service checks it again.
 */
public final class SlaCalendarsViewModel {

    private final SlaCalendars service;
    private final ShopSettings shop;
    private final TaskRunner tasks;
    private final ObservableList<SlaCalendar> calendars = FXCollections.observableArrayList();
    private final ObjectProperty<SlaCalendar> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty timeZone = new SimpleStringProperty(this, "timeZone", "");
    private final BooleanProperty alwaysOpen = new SimpleBooleanProperty(this, "alwaysOpen");
    private final StringProperty workStart = new SimpleStringProperty(this, "workStart", "09:00");
    private final StringProperty workEnd = new SimpleStringProperty(this, "workEnd", "18:00");
    private final Map<DayOfWeek, BooleanProperty> workDays = new EnumMap<>(DayOfWeek.class);
    private final ObservableList<CalendarHoliday> holidays = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> newHolidayDate = new SimpleObjectProperty<>(this, "newHolidayDate");
    private final StringProperty newHolidayName = new SimpleStringProperty(this, "newHolidayName", "");
    private final ObservableList<PolicyCalendar> policies = FXCollections.observableArrayList();
    private final ObjectProperty<PolicyCalendar> policyToMove = new SimpleObjectProperty<>(this, "policyToMove");
    private final ReadOnlyObjectWrapper<List<String>> usedBy = new ReadOnlyObjectWrapper<>(this, "usedBy", List.of());
    private final ReadOnlyBooleanWrapper editingStored = new ReadOnlyBooleanWrapper(this, "editingStored");
    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper(this, "mayEdit");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private ZoneId shopZone = ShopSettings.DEFAULT_ZONE;
    private long editingId;
    private int editingVersion;

    public SlaCalendarsViewModel(SlaCalendars service, ShopSettings shop, Access access, TaskRunner tasks) {
        this.service = service;
        this.shop = shop;
        this.tasks = tasks;
        for (DayOfWeek day : DayOfWeek.values()) {
            workDays.put(day, new SimpleBooleanProperty(this, "workDay" + day.getValue()));
        }
        mayEdit.set(access.allows(Permission.SETTINGS));
        selected.addListener((obs, old, now) -> {
            if (now != null) {
                show(now);
            }
        });
        show(SlaCalendar.fresh(shopZone));
    }

    /** Reads the calendars (and the shop's zone, for new ones) in the background; keeps the selection by id. */
    public void load() {
        long keep = editingId;
        tasks.run("settings.calendar.task.load", progress -> new Loaded(service.list(), service.policies(),
                shop.zone()), loaded -> {
            shopZone = loaded.zone();
            calendars.setAll(loaded.calendars());
            policies.setAll(loaded.policies());
            policyToMove.set(null);
            SlaCalendar again = loaded.calendars().stream().filter(c -> c.id() == keep).findFirst()
                    .orElse(loaded.calendars().isEmpty() ? null : loaded.calendars().get(0));
            selected.set(again);
            if (again == null) {
                show(SlaCalendar.fresh(shopZone));
            }
        }, error -> notice.set(Notice.problem(error)));
    }

    /** Empties the editor for a new calendar: Monday to Friday, 09:00 to 18:00, in the shop's zone. */
    public void newCalendar() {
        selected.set(null);
        show(SlaCalendar.fresh(shopZone));
    }

    /** Adds the date (and name) typed under the list; refused without a date or for a date already listed. */
    public void addHoliday() {
        LocalDate date = newHolidayDate.get();
        if (date == null) {
            notice.set(Notice.problem(new RefusedInputException("settings.calendar.error.noHolidayDate")));
            return;
        }
        if (holidays.stream().anyMatch(h -> h.date().equals(date))) {
            notice.set(Notice.problem(new RefusedInputException("settings.calendar.error.duplicateHoliday",
                    date.toString())));
            return;
        }
        String text = newHolidayName.get();
        holidays.add(new CalendarHoliday(date, text == null || text.isBlank() ? null : text.strip()));
        holidays.sort(Comparator.comparing(CalendarHoliday::date));
        newHolidayDate.set(null);
        newHolidayName.set("");
    }

    public void removeHoliday(CalendarHoliday holiday) {
        holidays.remove(holiday);
    }

    /** Saves the editor's calendar; on success the list is read again and the saved calendar stays selected. */
    public void save() {
        SlaCalendar edit;
        try {
            edit = new SlaCalendar(editingId, editingVersion, code.get(), name.get(), timeZone.get(),
                    alwaysOpen.get(), time(workStart.get()), time(workEnd.get()), chosenDays(), List.copyOf(holidays),
                    List.of());
        } catch (RefusedInputException e) {
            notice.set(Notice.problem(e));
            return;
        }
        tasks.run("settings.calendar.task.save", progress -> service.save(edit), saved -> {
            editingId = saved.calendar().id();
            notice.set(edit.id() == 0 ? Notice.done("settings.calendar.notice.created", saved.calendar().code())
                    : Notice.done("settings.calendar.notice.saved", saved.calendar().code(),
                    saved.ticketsReplanned()));
            load();
        }, error -> notice.set(Notice.problem(error)));
    }

    /** Deletes the calendar being edited (refused by the service while SLA policies use it). */
    public void delete() {
        if (editingId == 0) {
            return;
        }
        long id = editingId;
        int version = editingVersion;
        String deleted = code.get();
        tasks.run("settings.calendar.task.delete", progress -> {
            service.delete(id, version);
            return id;
        }, done -> {
            editingId = 0;
            notice.set(Notice.done("settings.calendar.notice.deleted", deleted));
            load();
        }, error -> notice.set(Notice.problem(error)));
    }

    /**
     * Makes the policy chosen under the editor count on the calendar being edited (a stored one); the open tickets'
     * dues move along. The list is read again afterwards, so the calendars' "used by" follow.
     */
    public void movePolicy() {
        PolicyCalendar policy = policyToMove.get();
        if (policy == null) {
            notice.set(Notice.problem(new RefusedInputException("settings.calendar.error.noPolicy")));
            return;
        }
        if (editingId == 0) {
            return;
        }
        long calendarId = editingId;
        tasks.run("settings.calendar.task.movePolicy", progress -> service.move(policy, calendarId), moved -> {
            notice.set(!moved.moved()
                    ? Notice.done("settings.calendar.notice.policyAlready", moved.policyCode(), moved.calendarCode())
                    : Notice.done("settings.calendar.notice.policyMoved", moved.policyCode(), moved.calendarCode(),
                    moved.ticketsReplanned()));
            load();
        }, error -> notice.set(Notice.problem(error)));
    }

    public void dismissNotice() {
        notice.set(null);
    }

    private void show(SlaCalendar c) {
        editingId = c.id();
        editingVersion = c.version();
        code.set(c.code());
        name.set(c.name());
        timeZone.set(c.timeZone());
        alwaysOpen.set(c.alwaysOpen());
        workStart.set(c.workStart().toString());
        workEnd.set(c.workEnd().toString());
        workDays.forEach((day, ticked) -> ticked.set(c.workDays().contains(day)));
        holidays.setAll(c.holidays());
        usedBy.set(c.usedBy());
        editingStored.set(c.id() != 0);
    }

    private Set<DayOfWeek> chosenDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        workDays.forEach((day, ticked) -> {
            if (ticked.get()) {
                days.add(day);
            }
        });
        return days;
    }

    private static LocalTime time(String text) {
        String value = text == null ? "" : text.strip();
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new RefusedInputException("settings.calendar.error.badTime", value);
        }
    }

    public ObservableList<SlaCalendar> calendars() {
        return FXCollections.unmodifiableObservableList(calendars);
    }

    /** The calendar chosen in the list; choosing one fills the editor. */
    public ObjectProperty<SlaCalendar> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** A zone id such as Asia/Shanghai, as typed; checked when saving. */
    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public BooleanProperty alwaysOpenProperty() {
        return alwaysOpen;
    }

    /** HH:mm as typed; checked when saving. */
    public StringProperty workStartProperty() {
        return workStart;
    }

    public StringProperty workEndProperty() {
        return workEnd;
    }

    public BooleanProperty workDayProperty(DayOfWeek day) {
        return workDays.get(day);
    }

    /** The holidays of the calendar being edited, by date; saved with it. */
    public ObservableList<CalendarHoliday> holidays() {
        return holidays;
    }

    public ObjectProperty<LocalDate> newHolidayDateProperty() {
        return newHolidayDate;
    }

    public StringProperty newHolidayNameProperty() {
        return newHolidayName;
    }

    /** Every SLA policy with the calendar it counts on now, to choose one to move to the calendar being edited. */
    public ObservableList<PolicyCalendar> policies() {
        return FXCollections.unmodifiableObservableList(policies);
    }

    public ObjectProperty<PolicyCalendar> policyToMoveProperty() {
        return policyToMove;
    }

    /** Codes of the SLA policies on the calendar being edited. */
    public ReadOnlyObjectProperty<List<String>> usedByProperty() {
        return usedBy.getReadOnlyProperty();
    }

    /** Whether the editor holds a stored calendar (which can be deleted) rather than a new one. */
    public ReadOnlyBooleanProperty editingStoredProperty() {
        return editingStored.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayEditProperty() {
        return mayEdit.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private record Loaded(List<SlaCalendar> calendars, List<PolicyCalendar> policies, ZoneId zone) {
    }
}
