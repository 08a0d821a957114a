package io.storedesk.catalog.ui;

import io.storedesk.catalog.BulkChange;
import io.storedesk.catalog.Category;
import io.storedesk.catalog.LifecycleStage;
import io.storedesk.importing.CellValues;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;

/**
 * The actions on the selected SKUs: set, raise or lower prices (by an amount or a percentage), set the
 * category, stage or tags, list or delist. Each asks for its value, says what it will do to how many
 * SKUs, and runs only when confirmed.
 */
final class BulkActionBar {

    private final CatalogViewModel model;
    private final I18n i18n;
    private final HBox root = new HBox(8);

    BulkActionBar(CatalogViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setId("catalog-bulk");
        root.getStyleClass().add("bulk-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label();
        count.setId("catalog-bulk-count");
        count.textProperty().bind(i18n.text("catalog.bulk.selected", Bindings.size(model.selection())));

        MenuButton price = menu("catalog-bulk-price", "catalog.bulk.price",
                item("catalog.bulk.setPrice", () -> amount("catalog.bulk.setPrice", false)
                        .ifPresent(v -> confirm(new BulkChange.SetPrice(v), "catalog.bulk.describe.setPrice",
                                i18n.formats().money(v, currency())))),
                item("catalog.bulk.byAmount", () -> amount("catalog.bulk.byAmount", true)
                        .ifPresent(v -> confirm(new BulkChange.AdjustPrice(v, false),
                                "catalog.bulk.describe.byAmount", v.toPlainString()))),
                item("catalog.bulk.byPercent", () -> amount("catalog.bulk.byPercent", true)
                        .ifPresent(v -> confirm(new BulkChange.AdjustPrice(v, true),
                                "catalog.bulk.describe.byPercent", v.toPlainString()))));
        Button category = button("catalog-bulk-category", "catalog.bulk.category", this::chooseCategory);
        MenuButton stage = menu("catalog-bulk-stage", "catalog.bulk.stage", Arrays.stream(LifecycleStage.values())
                .map(s -> item("catalog.stage." + s.name(), () -> confirm(new BulkChange.SetStage(s),
                        "catalog.bulk.describe.stage", i18n.get("catalog.stage." + s.name())))).toArray(MenuItem[]::new));
        MenuButton tags = menu("catalog-bulk-tags", "catalog.bulk.tags",
                item("catalog.bulk.addTags", () -> text("catalog.bulk.addTags").ifPresent(t ->
                        confirm(new BulkChange.AddTags(split(t)), "catalog.bulk.describe.addTags", t))),
                item("catalog.bulk.removeTags", () -> text("catalog.bulk.removeTags").ifPresent(t ->
                        confirm(new BulkChange.RemoveTags(split(t)), "catalog.bulk.describe.removeTags", t))));
        Button list = button("catalog-bulk-list", "catalog.bulk.list",
                () -> confirm(new BulkChange.SetListed(true), "catalog.bulk.describe.list"));
        Button delist = button("catalog-bulk-delist", "catalog.bulk.delist",
                () -> confirm(new BulkChange.SetListed(false), "catalog.bulk.describe.delist"));
        root.getChildren().addAll(count, price, category, stage, tags, list, delist);
        root.disableProperty().bind(Bindings.isEmpty(model.selection()).or(model.canEditProperty().not()));
        DeniedHint.disableUnless(price, model.canChangePricesProperty(), i18n);
        for (Control action : List.of(category, stage, tags, list, delist)) {
            DeniedHint.explain(action, model.canEditProperty(), i18n);
        }
    }

    Node node() {
        return root;
    }

    private MenuButton menu(String id, String key, MenuItem... items) {
        MenuButton menu = new MenuButton();
        menu.setId(id);
        menu.textProperty().bind(i18n.text(key));
        menu.getItems().setAll(items);
        return menu;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Asks for an amount; signed when raising or lowering (a minus lowers). */
    private Optional<BigDecimal> amount(String titleKey, boolean signed) {
        return text(titleKey, signed ? "catalog.bulk.signedHint" : "catalog.bulk.amountHint").flatMap(typed -> {
            Optional<BigDecimal> value = CellValues.decimal(typed);
            if (value.isEmpty() || (!signed && value.get().signum() < 0)) {
                Alert alert = Dialogs.localised(new Alert(Alert.AlertType.WARNING,
                        i18n.get("catalog.error.notAnAmount", typed), ButtonType.OK), i18n);
                alert.setHeaderText(null);
                alert.showAndWait();
                return Optional.empty();
            }
            return value;
        });
    }

    private Optional<String> text(String titleKey) {
        return text(titleKey, "catalog.bulk.tagsHint");
    }

    private Optional<String> text(String titleKey, String hintKey) {
        TextInputDialog dialog = Dialogs.localised(new TextInputDialog(), i18n);
        dialog.setTitle(i18n.get(titleKey));
        dialog.setHeaderText(i18n.get(hintKey));
        dialog.getEditor().setId("bulk-input");
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    /** A category in the chooser, "no category" included; shown by name (sub-categories indented). */
    private record CategoryChoice(Category category, String label) {

        @Override
        public String toString() {
            return label;
        }
    }

    private void chooseCategory() {
        List<CategoryChoice> choices = new ArrayList<>();
        choices.add(new CategoryChoice(null, i18n.get("catalog.category.none")));
        model.categories().forEach(c -> choices.add(new CategoryChoice(c, c.isTopLevel() ? c.name()
                : "\u3000" + c.name())));
        ChoiceDialog<CategoryChoice> dialog = Dialogs.localised(new ChoiceDialog<>(choices.get(0), choices), i18n);
        dialog.setTitle(i18n.get("catalog.bulk.category"));
        dialog.setHeaderText(i18n.get("catalog.bulk.categoryHint"));
        dialog.showAndWait().ifPresent(choice -> {
            if (choice.category() == null) {
                confirm(new BulkChange.SetCategory(null), "catalog.bulk.describe.noCategory");
            } else {
                confirm(new BulkChange.SetCategory(choice.category().id()), "catalog.bulk.describe.category",
                        choice.category().name());
            }
        });
    }

    private void confirm(BulkChange change, String describeKey, Object... arguments) {
        int selected = model.selection().size();
        Alert alert = Dialogs.localised(new Alert(Alert.AlertType.CONFIRMATION,
                i18n.get("catalog.bulk.confirm", selected, i18n.get(describeKey, arguments)), ButtonType.OK,
                ButtonType.CANCEL), i18n);
        alert.setHeaderText(null);
        alert.setTitle(i18n.get("catalog.bulk.confirmTitle"));
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.applyToSelection(change));
    }

    /** The selection's currency (a shop prices in one). */
    private String currency() {
        return model.selection().isEmpty() ? "CNY" : model.selection().get(0).price().currency();
    }

    private static List<String> split(String tags) {
        return Arrays.stream(tags.split("[,;，；、]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
