package io.storedesk.ui.settings;

import io.storedesk.aftersales.sla.CalendarHoliday;
import io.storedesk.aftersales.sla.PolicyCalendar;
import io.storedesk.aftersales.sla.SlaCalendar;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Notices;
import io.storedesk.ui.layout.LayoutMemory;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The "SLA calendars" page: the calendars in a table, the chosen one in an editor under it. */
final class SlaCalendarPage {

    /** Offered in the zone box; any other zone id may be typed. */
    private static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei",
            "Asia/Singapore", "Asia/Tokyo", "Europe/London", "Europe/Berlin", "America/New_York",
            "America/Los_Angeles", "UTC");

    private SlaCalendarPage() {
    }

    static Node build(SlaCalendarsViewModel model, I18n i18n) {
        TableView<SlaCalendar> table = table(model, i18n);
        Button add = SettingsPages.button("settings-calendar-new", "settings.calendar.new", i18n);
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            model.newCalendar();
        });
        Button delete = SettingsPages.button("settings-calendar-delete", "settings.calendar.delete", i18n);
        delete.setOnAction(e -> model.delete());
        delete.disableProperty().bind(model.mayEditProperty().not().or(model.editingStoredProperty().not()));
        add.disableProperty().bind(model.mayEditProperty().not());
        Node editor = editor(model, i18n);
        Button save = SettingsPages.button("settings-calendar-save", "settings.save", i18n);
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.mayEditProperty().not());
        VBox content = new VBox(10, SettingsPages.explain("settings.sla.explain", i18n),
                Notices.bar("settings-calendar-notice", i18n, model.noticeProperty(), model::dismissNotice),
                table, new HBox(8, add, delete), editor, save);
        ScrollPane scroll = new ScrollPane(SettingsPages.page(content));
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TableView<SlaCalendar> table(SlaCalendarsViewModel model, I18n i18n) {
        TableView<SlaCalendar> table = new TableView<>(model.calendars());
        table.setId("settings-calendar-table");
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("settings.calendar.empty"));
        table.setPlaceholder(empty);
        table.getColumns().setAll(List.of(
                column("settings.calendar.column.code", i18n, c -> c.code()),
                column("settings.calendar.column.name", i18n, c -> c.name()),
                column("settings.calendar.column.zone", i18n, c -> c.timeZone()),
                column("settings.calendar.column.hours", i18n, c -> c.alwaysOpen() ? i18n.get("settings.calendar.always")
                        : c.workStart() + "–" + c.workEnd()),
                column("settings.calendar.column.days", i18n, c -> c.alwaysOpen() ? i18n.get("settings.calendar.everyDay")
                        : days(c.workDays(), i18n.locale())),
                column("settings.calendar.column.holidays", i18n, c -> String.valueOf(c.holidays().size())),
                column("settings.calendar.column.policies", i18n, c -> String.valueOf(c.usedBy().size()))));
        double[] widths = {95, 145, 125, 115, 105, 75, 100};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        LayoutMemory.remember(table, "sla-calendars");
        // The cells' texts (24x7, day names) are in the language: redraw them when it changes.
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private static TableColumn<SlaCalendar, String> column(String key, I18n i18n, Function<SlaCalendar, String> text) {
        TableColumn<SlaCalendar, String> column = new TableColumn<>();
        column.setId(key);
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    /** Runs of three or more days as a range ("Mon–Fri"), other days one by one. */
    static String days(Set<DayOfWeek> days, Locale locale) {
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).getValue() == sorted.get(j).getValue() + 1) {
                j++;
            }
            String first = sorted.get(i).getDisplayName(TextStyle.SHORT, locale);
            if (j - i >= 2) {
                parts.add(first + "–" + sorted.get(j).getDisplayName(TextStyle.SHORT, locale));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(sorted.get(k).getDisplayName(TextStyle.SHORT, locale));
                }
            }
            i = j + 1;
        }
        return String.join(" ", parts);
    }

    private static Node editor(SlaCalendarsViewModel model, I18n i18n) {
        TextField code = text("settings-calendar-code", model.codeProperty());
        TextField name = text("settings-calendar-name", model.nameProperty());
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("settings-calendar-zone");
        zone.setEditable(true);
        zone.getItems().setAll(ZONES);
        zone.valueProperty().bindBidirectional(model.timeZoneProperty());
        CheckBox always = new CheckBox();
        always.setId("settings-calendar-always");
        always.textProperty().bind(i18n.text("settings.calendar.alwaysOpen"));
        always.selectedProperty().bindBidirectional(model.alwaysOpenProperty());
        TextField start = text("settings-calendar-start", model.workStartProperty());
        TextField end = text("settings-calendar-end", model.workEndProperty());
        start.setPrefColumnCount(5);
        end.setPrefColumnCount(5);
        HBox hours = new HBox(8, start, label("settings.calendar.workEnd", i18n), end);
        hours.setAlignment(Pos.CENTER_LEFT);
        HBox days = new HBox(8);
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckBox box = new CheckBox();
            box.setId("settings-calendar-day-" + day.getValue());
            box.textProperty().bind(Bindings.createStringBinding(
                    () -> day.getDisplayName(TextStyle.SHORT, i18n.locale()), i18n.localeProperty()));
            box.selectedProperty().bindBidirectional(model.workDayProperty(day));
            days.getChildren().add(box);
        }
        hours.disableProperty().bind(model.alwaysOpenProperty());
        days.disableProperty().bind(model.alwaysOpenProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, label("settings.calendar.code", i18n), code);
        form.addRow(row++, label("settings.calendar.name", i18n), name);
        form.addRow(row++, label("settings.calendar.zone", i18n), zone);
        form.add(always, 1, row++);
        form.addRow(row++, label("settings.calendar.workStart", i18n), hours);
        form.addRow(row++, label("settings.calendar.workDays", i18n), days);
        form.addRow(row++, label("settings.calendar.holidays", i18n), holidays(model, i18n));
        Label usedBy = new Label();
        usedBy.setId("settings-calendar-used-by");
        usedBy.setWrapText(true);
        usedBy.textProperty().bind(Bindings.createStringBinding(() -> model.usedByProperty().get().isEmpty()
                        ? i18n.get("settings.calendar.usedByNone")
                        : i18n.get("settings.calendar.usedBy", String.join(", ", model.usedByProperty().get())),
                model.usedByProperty(), i18n.localeProperty()));
        form.add(usedBy, 1, row++);
        form.addRow(row, label("settings.calendar.movePolicy", i18n), policyMover(model, i18n));
        form.disableProperty().bind(model.mayEditProperty().not());
        return form;
    }

    private static void showPolicies(ComboBox<PolicyCalendar> policy, I18n i18n) {
        StringConverter<PolicyCalendar> text = policyText(i18n);
        policy.setConverter(text);
        policy.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PolicyCalendar item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.toString(item));
            }
        });
    }

    private static StringConverter<PolicyCalendar> policyText(I18n i18n) {
        return new StringConverter<>() {
            @Override
            public String toString(PolicyCalendar p) {
                return p == null ? "" : i18n.get(p.active() ? "settings.calendar.movePolicy.choice"
                        : "settings.calendar.movePolicy.retired", p.code(), p.name(), p.calendarCode());
            }

            @Override
            public PolicyCalendar fromString(String text) {
                return null;
            }
        };
    }

    /** A policy to count on the calendar being edited: offered once the calendar is stored. */
    private static Node policyMover(SlaCalendarsViewModel model, I18n i18n) {
        ComboBox<PolicyCalendar> policy = new ComboBox<>(model.policies());
        policy.setId("settings-calendar-policy");
        policy.promptTextProperty().bind(i18n.text("settings.calendar.movePolicy.prompt"));
        policy.valueProperty().bindBidirectional(model.policyToMoveProperty());
        showPolicies(policy, i18n);
        // The choices' texts are in the language: a new converter and new cells redraw them when it changes.
        i18n.localeProperty().addListener((obs, old, now) -> showPolicies(policy, i18n));
        Button use = SettingsPages.button("settings-calendar-policy-use", "settings.calendar.movePolicy.button", i18n);
        use.setOnAction(e -> model.movePolicy());
        HBox row = new HBox(8, policy, use);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.editingStoredProperty().not());
        return row;
    }

    private static Node holidays(SlaCalendarsViewModel model, I18n i18n) {
        ListView<CalendarHoliday> list = new ListView<>(model.holidays());
        list.setId("settings-calendar-holidays");
        list.setPrefHeight(110);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CalendarHoliday item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.formats().date(item.date())
                        + (item.name() == null ? "" : "  " + item.name()));
            }
        });
        DatePicker date = new DatePicker();
        date.setId("settings-calendar-holiday-date");
        date.valueProperty().bindBidirectional(model.newHolidayDateProperty());
        date.promptTextProperty().bind(i18n.text("settings.calendar.holidayDate"));
        date.setPrefWidth(140);
        TextField name = text("settings-calendar-holiday-name", model.newHolidayNameProperty());
        name.promptTextProperty().bind(i18n.text("settings.calendar.holidayName"));
        Button add = SettingsPages.button("settings-calendar-holiday-add", "settings.calendar.addHoliday", i18n);
        add.setOnAction(e -> model.addHoliday());
        Button remove = SettingsPages.button("settings-calendar-holiday-remove", "settings.calendar.removeHoliday",
                i18n);
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeHoliday(list.getSelectionModel().getSelectedItem()));
        return new VBox(6, list, new HBox(8, date, name, add, remove));
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Label label(String key, I18n i18n) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        return label;
    }
}
