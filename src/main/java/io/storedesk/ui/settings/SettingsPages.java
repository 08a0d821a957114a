package io.storedesk.ui.settings;

import io.storedesk.store.backup.BackupFrequency;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Spinners;
import io.storedesk.ui.Theme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Settings window's pages, built from the view model. */
final class SettingsPages {

    private SettingsPages() {
    }

    static Node general(SettingsViewModel model, I18n i18n) {
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE));
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : Locale.SIMPLIFIED_CHINESE.equals(locale) ? "简体中文" : "English";
            }

            @Override
            public Locale fromString(String text) {
                return "简体中文".equals(text) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            }
        });
        language.setValue(Locale.SIMPLIFIED_CHINESE.equals(i18n.locale()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                i18n.setLocale(now);
            }
        });
        ToggleGroup group = new ToggleGroup();
        VBox themes = new VBox(6);
        for (Theme.Mode mode : Theme.Mode.values()) {
            String name = mode.name().toLowerCase(Locale.ROOT);
            RadioButton option = radio(group, "settings-theme-" + name, "settings.theme." + name, i18n);
            option.setSelected(model.themeProperty().get() == mode);
            option.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    model.themeProperty().set(mode);
                }
            });
            themes.getChildren().add(option);
        }
        GridPane form = form();
        form.addRow(0, label("settings.language", i18n), language);
        form.addRow(1, label("settings.theme", i18n), themes);
        return page(new VBox(12, explain("settings.general.explain", i18n), form));
    }

    static Node alerts(SettingsViewModel model, I18n i18n) {
        GridPane form = form();
        int row = 0;
        for (var field : List.of(new Object[] {"targetCoverDays", model.targetCoverDaysProperty()},
                new Object[] {"overstockCoverDays", model.overstockCoverDaysProperty()},
                new Object[] {"slowMovingDays", model.slowMovingDaysProperty()},
                new Object[] {"nearExpiryDays", model.nearExpiryDaysProperty()})) {
            @SuppressWarnings("unchecked")
            var property = (javafx.beans.property.ObjectProperty<Integer>) field[1];
            Spinner<Integer> spinner = Spinners.whole("settings-" + field[0], 1, 3650, property.get());
            spinner.getValueFactory().valueProperty().bindBidirectional(property);
            form.addRow(row++, label("stock.policy." + field[0], i18n), spinner);
        }
        Spinner<Double> threshold = new Spinner<>(AlertThresholds.MIN, AlertThresholds.MAX,
                model.alertThresholdProperty().get().doubleValue(), 0.5);
        threshold.setId("settings-alert-threshold");
        threshold.setEditable(true);
        threshold.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.alertThresholdProperty().set(BigDecimal.valueOf(now));
            }
        });
        model.alertThresholdProperty().addListener((obs, old, now) -> {
            if (now != null && now.doubleValue() != threshold.getValue()) {
                threshold.getValueFactory().setValue(now.doubleValue());
            }
        });
        form.addRow(row, label("settings.alerts.threshold", i18n), threshold);
        Button save = button("settings-save-alerts", "settings.save", i18n);
        save.setOnAction(e -> model.saveAlerts());
        save.disableProperty().bind(model.mayEditProperty().not());
        form.disableProperty().bind(model.mayEditProperty().not());
        return page(new VBox(12, explain("settings.alerts.explain", i18n), form, save));
    }

    static Node backups(SettingsViewModel model, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        for (BackupFrequency frequency : BackupFrequency.values()) {
            String name = frequency.name().toLowerCase(Locale.ROOT);
            RadioButton option = radio(group, "settings-backups-" + name, "backup.frequency." + name, i18n);
            option.setSelected(model.backupsProperty().get() == frequency);
            option.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    model.backupsProperty().set(frequency);
                }
            });
            model.backupsProperty().addListener((obs, old, now) -> option.setSelected(now == frequency));
            choices.getChildren().add(option);
        }
        choices.disableProperty().bind(model.mayEditProperty().not());
        Button save = button("settings-save-backups", "settings.save", i18n);
        save.setOnAction(e -> model.saveBackups());
        save.disableProperty().bind(model.mayEditProperty().not());
        return page(new VBox(12, explain("firstRun.backups.explain", i18n), choices, save));
    }

    static Button button(String id, String key, I18n i18n) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        return button;
    }

    static Label explain(String key, I18n i18n) {
        Label explain = label(key, i18n);
        explain.setWrapText(true);
        explain.setMaxWidth(560);
        return explain;
    }

    static Node page(Node content) {
        VBox page = new VBox(content);
        page.setPadding(new Insets(16));
        return page;
    }

    private static Label label(String key, I18n i18n) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        return label;
    }

    private static RadioButton radio(ToggleGroup group, String id, String key, I18n i18n) {
        RadioButton radio = new RadioButton();
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.textProperty().bind(i18n.text(key));
        return radio;
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    /** The threshold's bounds as the spinner wants them. */
    private static final class AlertThresholds {
        static final double MIN = io.storedesk.dashboard.anomaly.AlertThreshold.MIN.doubleValue();
        static final double MAX = io.storedesk.dashboard.anomaly.AlertThreshold.MAX.doubleValue();
    }
}
