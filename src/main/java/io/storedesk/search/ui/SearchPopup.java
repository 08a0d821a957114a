package io.storedesk.search.ui;

import io.storedesk.search.GlobalSearch;
import io.storedesk.search.SearchHit;
import io.storedesk.ui.I18n;
import io.storedesk.ui.SearchField;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The search popup over the window: type, and the hits follow once typing pauses; the arrow keys choose, Enter (or
 * a click) opens the chosen one in its pane, Escape (or a click beside the popup) closes it.
 */
public final class SearchPopup {

    /** How long typing must pause before the store is searched. */
    private static final int TYPING_PAUSE_MILLIS = 200;

    private final GlobalSearchViewModel model;
    private final I18n i18n;
    private final StackPane overlay = new StackPane();
    private final TextField field;
    private final ListView<SearchHit> list = new ListView<>();

    public SearchPopup(GlobalSearchViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        field = SearchField.create("global-search-field", i18n, "search.prompt", 40);
        field.textProperty().bindBidirectional(model.textProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(TYPING_PAUSE_MILLIS));
        typing.setOnFinished(e -> model.search());
        field.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                model.move(e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                // Enter before the pause ends searches at once; the first hit opens when it arrives.
                if (typing.getStatus() == PauseTransition.Status.RUNNING || model.searchingProperty().get()) {
                    typing.stop();
                    openWhenFound();
                } else {
                    openChosen();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        list.setId("global-search-hits");
        list.setItems(model.hits());
        list.setCellFactory(view -> new HitCell());
        list.setFocusTraversable(false);
        list.setPrefHeight(360);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            list.getSelectionModel().select(now);
            if (now != null) {
                list.scrollTo(now);
            }
        });
        list.setOnMouseClicked(e -> openChosen());
        Label hint = new Label();
        hint.setId("global-search-hint");
        hint.getStyleClass().add("search-hint");
        hint.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.failureProperty().get() != null) {
                return i18n.describe(model.failureProperty().get());
            }
            if (model.textProperty().get().strip().length() < GlobalSearch.MIN_LENGTH) {
                return i18n.get("search.hint.type");
            }
            return model.hits().isEmpty() && !model.searchingProperty().get() ? i18n.get("search.hint.none")
                    : i18n.get("search.hint.keys");
        }, model.textProperty(), model.hits(), model.searchingProperty(), model.failureProperty(),
                i18n.localeProperty()));
        VBox popup = new VBox(field, list, hint);
        popup.setId("global-search");
        popup.getStyleClass().add("search-popup");
        popup.setMaxSize(620, VBox.USE_PREF_SIZE);
        popup.setOnMouseClicked(e -> e.consume());
        overlay.getChildren().add(popup);
        StackPane.setAlignment(popup, Pos.TOP_CENTER);
        StackPane.setMargin(popup, new Insets(72, 0, 0, 0));
        overlay.setId("global-search-overlay");
        overlay.getStyleClass().add("search-overlay");
        overlay.getStylesheets().add(SearchPopup.class.getResource("search.css").toExternalForm());
        overlay.setOnMouseClicked(e -> hide());
        overlay.setVisible(false);
    }

    private void openWhenFound() {
        model.search();
        if (!model.searchingProperty().get()) {
            openChosen();
            return;
        }
        model.searchingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (!now) {
                    model.searchingProperty().removeListener(this);
                    openChosen();
                }
            }
        });
    }

    private void openChosen() {
        if (overlay.isVisible() && model.open()) {
            hide();
        }
    }

    public void show() {
        overlay.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    public void hide() {
        overlay.setVisible(false);
        model.reset();
    }

    public boolean isShowing() {
        return overlay.isVisible();
    }

    /** The overlay to lay over the window (MainWindow.cover). */
    public Node node() {
        return overlay;
    }

    /** A hit: its kind's name above the first of each kind, its title, and its detail and state below. */
    private final class HitCell extends ListCell<SearchHit> {

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            VBox box = new VBox(2);
            if (model.startsKind(getIndex())) {
                Label kind = new Label(i18n.get(hit.kind().messageKey()));
                kind.getStyleClass().add("search-hit-kind");
                box.getChildren().add(kind);
            }
            Label title = new Label(hit.title());
            String state = hit.stateKey() == null ? "" : i18n.get(hit.stateKey());
            String detail = hit.detail() == null || hit.detail().isBlank() ? state
                    : state.isEmpty() ? hit.detail() : hit.detail() + " · " + state;
            Label below = new Label(detail);
            below.getStyleClass().add("search-hit-detail");
            box.getChildren().addAll(title, below);
            setText(null);
            setGraphic(box);
        }
    }
}
