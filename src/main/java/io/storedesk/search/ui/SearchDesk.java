package io.storedesk.search.ui;

import io.storedesk.Services;
import io.storedesk.ui.FxTaskRunner;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import io.storedesk.ui.MainWindow;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Puts the global search on the window: the popup over it and the search button in the app bar. */
public final class SearchDesk {

    /** Hits shown per kind: enough to pick from, few enough to read at a glance. */
    public static final int HITS_PER_KIND = 5;

    private SearchDesk() {
    }

    /** Returns the popup, for the Ctrl+K shortcut. */
    public static SearchPopup install(MainWindow window, Services services, I18n i18n, FxTaskRunner tasks) {
        GlobalSearchViewModel model = new GlobalSearchViewModel(
                text -> services.globalSearch().search(text, HITS_PER_KIND), tasks);
        model.onOpen(hit -> window.reveal(SearchTargets.paneOf(hit.kind()), hit.reference()));
        SearchPopup popup = new SearchPopup(model, i18n);
        window.cover(popup.node());
        Button button = new Button(null, Icon.SEARCH.node());
        button.setId("global-search-button");
        button.getStyleClass().add("flat");
        button.textProperty().bind(i18n.text("search.button"));
        button.setTooltip(new Tooltip());
        button.getTooltip().textProperty().bind(i18n.text("search.button.tooltip"));
        button.setOnAction(e -> popup.show());
        window.addToAppBar(button);
        return popup;
    }
}
