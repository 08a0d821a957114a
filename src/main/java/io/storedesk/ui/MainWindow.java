package io.storedesk.ui;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The shell: the app bar with the language switch, navigation to the five panes, the pane itself,
 * and the status bar (data directory, counts, background work).
 */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final ShellViewModel model;
    private final I18n i18n;
    private final Map<PaneId, PaneView> panes;
    private final StackPane content = new StackPane();
    private final MenuButton menu = new MenuButton(null, Icon.MENU.node());
    // Sign-in (decision 0022): the lock screen lies over the window; the person menu sits in the app bar.
    private final StackPane layers = new StackPane(root);
    private HBox appBar;

    public MainWindow(ShellViewModel model, I18n i18n, FxTaskRunner tasks, Map<PaneId, PaneView> panes) {
        this(model, i18n, tasks, panes, List.of());
    }

    /** statusItems: what features add to the status bar after the counts (the sync state). */
    public MainWindow(ShellViewModel model, I18n i18n, FxTaskRunner tasks, Map<PaneId, PaneView> panes,
                      List<Node> statusItems) {
        this.model = model;
        this.i18n = i18n;
        this.panes = new EnumMap<>(panes);
        root.setId("main-window");
        root.getStyleClass().add("main-window");
        appBar = appBar();
        root.setTop(appBar);
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(statusBar(tasks, statusItems));
        content.getStyleClass().add("pane-content");
        model.selectedPaneProperty().addListener((obs, old, now) -> show(now));
        show(model.selectedPaneProperty().get());
        model.refreshSummary();
    }

    private HBox appBar() {
        Label name = new Label("StoreDesk");
        name.getStyleClass().add("app-name");
        Label shop = new Label();
        shop.setId("shop-name");
        shop.getStyleClass().add("shop-name");
        shop.textProperty().bind(Bindings.createStringBinding(() -> model.summaryProperty().get().shopName(),
                model.summaryProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label languageLabel = new Label();
        languageLabel.textProperty().bind(i18n.text("app.language"));
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("language");
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
        language.setValue(i18n.locale());
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                i18n.setLocale(now);
            }
        });
        // Features add their windows (audit log, users, backups) through addMenuItems; hidden while empty.
        menu.setId("main-menu");
        menu.visibleProperty().bind(Bindings.isNotEmpty(menu.getItems()));
        menu.managedProperty().bind(menu.visibleProperty());
        HBox bar = new HBox(12, Icon.SHOP.node(), name, shop, spacer, languageLabel, language,
                menu);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("app-bar");
        return bar;
    }

    private VBox navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.getStyleClass().add("navigation");
        for (PaneId pane : PaneId.values()) {
            ToggleButton button = new ToggleButton();
            button.setId(pane.navigationId());
            button.textProperty().bind(i18n.text(pane.labelKey()));
            button.setGraphic(pane.icon().node());
            button.setContentDisplay(ContentDisplay.LEFT);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setSelected(pane == model.selectedPaneProperty().get());
            button.setOnAction(e -> {
                // A click on the shown pane must not leave the navigation without a selection.
                button.setSelected(true);
                model.selectedPaneProperty().set(pane);
            });
            model.selectedPaneProperty().addListener((obs, old, now) -> button.setSelected(now == pane));
            Node entry = withBadge(button, pane, panes.get(pane));
            // A pane the signed-in role may not see is not offered at all.
            entry.visibleProperty().bind(model.paneShown(pane));
            entry.managedProperty().bind(entry.visibleProperty());
            nav.getChildren().add(entry);
        }
        return nav;
    }

    /**
     * The pane's count, when it has one, at the button's right edge; clicks go through to the button, whose tooltip
     * says what is counted (nav.badge.stock: "3,211 stock warnings to act on", ...).
     */
    private Node withBadge(ToggleButton button, PaneId id, PaneView pane) {
        ObservableValue<? extends Number> count = pane == null ? null : pane.badge();
        if (count == null) {
            return button;
        }
        Tooltip meaning = new Tooltip();
        meaning.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("nav.badge."
                + id.name().toLowerCase(Locale.ROOT), count.getValue().longValue()), count,
                i18n.localeProperty()));
        button.setTooltip(meaning);
        Label badge = new Label();
        badge.setId(button.getId() + "-badge");
        badge.getStyleClass().add("nav-badge");
        badge.setMouseTransparent(true);
        badge.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.formats().integer(count.getValue().longValue()), count, i18n.localeProperty()));
        badge.visibleProperty().bind(Bindings.createBooleanBinding(() -> count.getValue().longValue() > 0, count));
        StackPane stack = new StackPane(button, badge);
        StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
        StackPane.setMargin(badge, new Insets(0, 8, 0, 0));
        return stack;
    }

    private HBox statusBar(FxTaskRunner tasks, List<Node> statusItems) {
        Label dataDir = new Label();
        dataDir.setId("status-data-dir");
        dataDir.textProperty().bind(i18n.text("status.dataDirectory", model.dataDirectory().toString()));
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            DeskSummary s = model.summaryProperty().get();
            return i18n.get("status.counts", s.skus(), s.orders(), s.openTickets());
        }, model.summaryProperty(), i18n.localeProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label work = new Label();
        work.textProperty().bind(Bindings.createStringBinding(() -> tasks.titleProperty().get().isEmpty() ? ""
                : i18n.get(tasks.titleProperty().get()), tasks.titleProperty(), i18n.localeProperty()));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.runningProperty().greaterThan(0));
        progress.setPrefWidth(140);
        HBox bar = new HBox(16, dataDir, counts);
        bar.getChildren().addAll(statusItems);
        bar.getChildren().addAll(spacer, work, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void show(PaneId id) {
        PaneView pane = panes.get(id);
        content.getChildren().setAll(pane.node());
        pane.shown();
    }

    /** The pane shown now. */
    public PaneId shownPane() {
        return model.selectedPaneProperty().get();
    }

    /** The pane shown now, to follow (the window's layout remembers it). */
    public ReadOnlyObjectProperty<PaneId> shownPaneProperty() {
        return model.selectedPaneProperty();
    }

    /**
     * Shows the pane the window had when it last closed. At a locked desk no pane is offered yet: it is chosen
     * all the same (it lies under the lock screen, as the first pane otherwise would), and a sign-in whose role
     * may not see it moves on to one it may, as for any pane.
     */
    public void reopen(PaneId pane) {
        boolean locked = Arrays.stream(PaneId.values()).noneMatch(this::mayShow);
        if (locked || mayShow(pane)) {
            model.selectedPaneProperty().set(pane);
        }
    }

    /** Whether the signed-in role may see the pane (the navigation offers it). */
    public boolean mayShow(PaneId pane) {
        return model.paneShown(pane).get();
    }

    /** Shows a pane the role may see (shortcuts, search, notifications); does nothing for one it may not. */
    public boolean showPane(PaneId pane) {
        if (!mayShow(pane)) {
            return false;
        }
        model.selectedPaneProperty().set(pane);
        return true;
    }

    /** Shows the pane and selects one item in it (see PaneView.reveal). */
    public void reveal(PaneId pane, String reference) {
        if (showPane(pane)) {
            panes.get(pane).reveal(reference);
        }
    }

    /** Whether the pane's nodes exist yet: a pane is built the first time it is shown (decision 0035). */
    public boolean isBuilt(PaneId pane) {
        return panes.get(pane).isBuilt();
    }

    /** The view of a pane, for shortcuts that act on the pane shown. */
    public PaneView pane(PaneId pane) {
        return panes.get(pane);
    }

    /** Adds entries to the window's menu (at the app bar's right end). */
    public void addMenuItems(List<MenuItem> items) {
        menu.getItems().addAll(items);
    }

    /** Adds an item at the app bar's right end (the person menu). */
    public void addToAppBar(Node item) {
        appBar.getChildren().add(item);
    }

    /** Lays a node over the whole window (the lock screen; it shows and hides itself). */
    public void cover(Node overlay) {
        layers.getChildren().add(overlay);
    }

    public Parent node() {
        return layers;
    }
}
