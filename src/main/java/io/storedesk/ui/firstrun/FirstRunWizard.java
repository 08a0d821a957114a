package io.storedesk.ui.firstrun;

import io.storedesk.store.backup.BackupFrequency;
import io.storedesk.ui.I18n;
import java.io.File;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/** The first-run wizard as the window's content: a page per step, Back / Next / Finish below. */
public final class FirstRunWizard {

    private final FirstRunViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final Map<FirstRunStep, Node> pages = new EnumMap<>(FirstRunStep.class);

    public FirstRunWizard(FirstRunViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setId("first-run");
        root.getStyleClass().add("first-run");
        root.setPadding(new Insets(32, 48, 24, 48));
        pages.put(FirstRunStep.LANGUAGE, languagePage());
        pages.put(FirstRunStep.SHOP, shopPage());
        pages.put(FirstRunStep.ADMINISTRATOR, FirstRunAccountPage.build(model, i18n));
        pages.put(FirstRunStep.DATA_DIRECTORY, directoryPage());
        pages.put(FirstRunStep.CHANNEL, channelPage());
        pages.put(FirstRunStep.BACKUPS, backupsPage());
        Label title = new Label();
        title.setId("firstrun-title");
        title.getStyleClass().add("title-2");
        title.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("firstRun.title",
                model.stepProperty().get().ordinal() + 1, FirstRunStep.values().length,
                i18n.get(model.stepProperty().get().titleKey())), model.stepProperty(), i18n.localeProperty()));
        Label welcome = new Label();
        welcome.textProperty().bind(i18n.text("firstRun.welcome"));
        welcome.setWrapText(true);
        root.setTop(new VBox(6, welcome, title));
        model.stepProperty().addListener((obs, old, now) -> show(now));
        show(model.stepProperty().get());
        root.setBottom(buttons());
    }

    public Parent node() {
        return root;
    }

    private void show(FirstRunStep step) {
        Node page = pages.get(step);
        BorderPane.setMargin(page, new Insets(24, 0, 12, 0));
        // Pages are narrower than the window: keep them under the title, not floating in the middle.
        BorderPane.setAlignment(page, Pos.TOP_LEFT);
        root.setCenter(page);
    }

    private Node buttons() {
        Label error = new Label();
        error.setId("firstrun-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(() -> model.failureProperty().get() == null ? ""
                : i18n.describe(model.failureProperty().get()), model.failureProperty(), i18n.localeProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(22, 22);
        busy.visibleProperty().bind(model.workingProperty());
        Button back = button("firstrun-back", "firstRun.back");
        back.setOnAction(e -> model.back());
        back.disableProperty().bind(model.stepProperty().isEqualTo(FirstRunStep.LANGUAGE)
                .or(model.workingProperty()));
        Button next = button("firstrun-next", "firstRun.next");
        next.setDefaultButton(true);
        next.setOnAction(e -> model.next());
        Button finish = button("firstrun-finish", "firstRun.finish");
        finish.getStyleClass().add("accent");
        finish.setOnAction(e -> model.finish());
        finish.disableProperty().bind(model.workingProperty());
        var last = model.stepProperty().isEqualTo(FirstRunStep.BACKUPS);
        next.visibleProperty().bind(last.not());
        next.managedProperty().bind(last.not());
        finish.visibleProperty().bind(last);
        finish.managedProperty().bind(last);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(error, Priority.SOMETIMES);
        HBox bar = new HBox(10, error, spacer, busy, back, next, finish);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    private Button button(String id, String key) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        return button;
    }

    private Node languagePage() {
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("firstrun-language");
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
        language.setValue(Locale.CHINESE.getLanguage().equals(model.languageProperty().get().getLanguage())
                ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        model.languageProperty().set(language.getValue());
        language.valueProperty().addListener((obs, old, now) -> {
            model.languageProperty().set(now);
            if (now != null) {
                i18n.setLocale(now);
            }
        });
        return page("firstRun.language.explain", language);
    }

    private Node shopPage() {
        ToggleGroup group = new ToggleGroup();
        RadioButton demo = radio(group, "firstrun-demo", "firstRun.shop.demo");
        RadioButton empty = radio(group, "firstrun-empty", "firstRun.shop.empty");
        demo.setSelected(model.shopProperty().get() == ShopStart.DEMO);
        empty.setSelected(model.shopProperty().get() == ShopStart.EMPTY);
        demo.selectedProperty().addListener((obs, old, now) -> model.shopProperty().set(now ? ShopStart.DEMO
                : ShopStart.EMPTY));
        return page("firstRun.shop.explain", demo, empty);
    }

    private Node directoryPage() {
        TextField directory = new TextField();
        directory.setId("firstrun-directory");
        directory.textProperty().bindBidirectional(model.dataDirectoryProperty());
        HBox.setHgrow(directory, Priority.ALWAYS);
        Button choose = button("firstrun-choose-directory", "firstRun.directory.choose");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.get("firstRun.step.datadirectory"));
            File chosen = chooser.showDialog(root.getScene().getWindow());
            if (chosen != null) {
                model.dataDirectoryProperty().set(chosen.getAbsolutePath());
            }
        });
        return page("firstRun.directory.explain", new HBox(8, directory, choose));
    }

    private Node channelPage() {
        CheckBox add = new CheckBox();
        add.setId("firstrun-add-channel");
        add.textProperty().bind(i18n.text("firstRun.channel.add"));
        add.selectedProperty().bindBidirectional(model.addChannelProperty());
        return page("firstRun.channel.explain", add);
    }

    private Node backupsPage() {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        for (BackupFrequency frequency : BackupFrequency.values()) {
            String name = frequency.name().toLowerCase(Locale.ROOT);
            RadioButton option = radio(group, "firstrun-backups-" + name, "backup.frequency." + name);
            option.setSelected(model.backupsProperty().get() == frequency);
            option.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    model.backupsProperty().set(frequency);
                }
            });
            choices.getChildren().add(option);
        }
        return page("firstRun.backups.explain", choices);
    }

    private RadioButton radio(ToggleGroup group, String id, String key) {
        RadioButton radio = new RadioButton();
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.textProperty().bind(i18n.text(key));
        return radio;
    }

    private Node page(String explainKey, Node... content) {
        Label explain = new Label();
        explain.textProperty().bind(i18n.text(explainKey));
        explain.setWrapText(true);
        explain.setMaxWidth(620);
        VBox page = new VBox(14, explain);
        page.getChildren().addAll(content);
        page.setMaxWidth(680);
        return page;
    }

    static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }
}
