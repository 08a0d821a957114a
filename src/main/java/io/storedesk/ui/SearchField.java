package io.storedesk.ui;

import atlantafx.base.controls.CustomTextField;
import javafx.scene.Cursor;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The search box of a pane: a magnifier on the left, and a cross that clears it on the right. */
public final class SearchField {

    private SearchField() {
    }

    public static TextField create(String id, I18n i18n, String promptKey, int columns) {
        CustomTextField field = new CustomTextField();
        field.setId(id);
        field.setLeft(Icon.SEARCH.node());
        FontIcon clear = Icon.CLEAR_TEXT.node();
        clear.setCursor(Cursor.HAND);
        clear.setId(id + "-clear");
        clear.setOnMouseClicked(e -> field.clear());
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        field.setRight(clear);
        field.promptTextProperty().bind(i18n.text(promptKey));
        // A narrow box (the order pane's) cuts its prompt short; pointing at it reads what it searches.
        Tooltip whatItSearches = new Tooltip();
        whatItSearches.textProperty().bind(i18n.text(promptKey));
        field.setTooltip(whatItSearches);
        field.setPrefColumnCount(columns);
        field.getStyleClass().add("pane-search");
        return field;
    }
}
