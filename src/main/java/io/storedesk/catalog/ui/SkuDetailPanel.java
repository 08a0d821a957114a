package io.storedesk.catalog.ui;

import io.storedesk.catalog.BundlePart;
import io.storedesk.catalog.Category;
import io.storedesk.catalog.ChannelListing;
import io.storedesk.catalog.ProductEdit;
import io.storedesk.catalog.SkuDetail;
import io.storedesk.catalog.SkuRow;
import io.storedesk.security.AuditEntry;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.Formats;
import io.storedesk.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The detail panel beside the catalog table: the SKU with its stock (for a bundle, how many its parts
 * allow), its product's form, the product's other SKUs, where channels list it, and its recorded changes.
 */
final class SkuDetailPanel {

    private final CatalogViewModel model;
    private final I18n i18n;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final TextField title = new TextField();
    private final TextField brand = new TextField();
    private final TextField tags = new TextField();
    private final ComboBox<Category> category = new ComboBox<>();

    SkuDetailPanel(CatalogViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setId("catalog-detail");
        root.setFitToWidth(true);
        root.getStyleClass().add("detail-panel");
        content.getStyleClass().add("detail-content");
        title.setId("detail-title");
        brand.setId("detail-brand");
        tags.setId("detail-tags");
        category.setId("detail-category");
        category.setCellFactory(list -> categoryCell());
        category.setButtonCell(categoryCell());
        category.setMaxWidth(Double.MAX_VALUE);
        model.detailProperty().addListener((obs, old, now) -> show());
        i18n.localeProperty().addListener((obs, old, now) -> show());
        show();
    }

    Node node() {
        return root;
    }

    private void show() {
        SkuDetail detail = model.detailProperty().get();
        if (detail == null) {
            Label hint = new Label(i18n.get("catalog.detail.choose"));
            hint.setWrapText(true);
            hint.getStyleClass().add("empty-state");
            content.getChildren().setAll(hint);
            return;
        }
        Formats f = i18n.formats();
        SkuRow sku = detail.sku();
        Label code = new Label(sku.code());
        code.setId("detail-code");
        code.getStyleClass().add("section-title");
        Label variant = new Label(sku.variant());
        variant.getStyleClass().add("pane-subtitle");
        Label figures = new Label(i18n.get("catalog.detail.figures", f.money(sku.price()),
                sku.cost() == null ? "—" : f.money(sku.cost()), sku.margin().map(f::percent).orElse("—")));
        Label stock = new Label(detail.bundleAvailable().isPresent()
                ? i18n.get("catalog.detail.bundleStock", detail.parts().size(), detail.bundleAvailable().getAsLong())
                : i18n.get("catalog.detail.stock", detail.available()));
        stock.setId("detail-stock");
        figures.setWrapText(true);
        stock.setWrapText(true);
        content.getChildren().setAll(new HBox(8, code, variant), figures, stock);
        if (!detail.parts().isEmpty()) {
            content.getChildren().addAll(section("catalog.detail.parts"), lines(detail.parts().stream()
                    .map(p -> partLine(p, f)).toList(), "catalog.detail.noParts"));
        }
        content.getChildren().addAll(section("catalog.detail.product"), productForm(detail),
                section("catalog.detail.productSkus"), productSkus(detail, f),
                section("catalog.detail.channels"), lines(detail.listings().stream().map(this::listingLine).toList(),
                        "catalog.detail.noChannels"),
                section("catalog.detail.history"), lines(detail.history().stream().map(e -> historyLine(e, f))
                        .toList(), "catalog.detail.noHistory"));
    }

    private Node productForm(SkuDetail detail) {
        title.setText(detail.product().title());
        brand.setText(Objects.requireNonNullElse(detail.product().brand(), ""));
        tags.setText(String.join(", ", detail.product().tags()));
        List<Category> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(model.categories());
        category.getItems().setAll(choices);
        category.setValue(model.categories().stream().filter(c -> Objects.equals(c.id(), detail.product().categoryId()))
                .findFirst().orElse(null));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label("catalog.detail.titleField"), title);
        form.addRow(1, label("catalog.detail.brandField"), brand);
        form.addRow(2, label("catalog.detail.tagsField"), tags);
        form.addRow(3, label("catalog.detail.categoryField"), category);
        GridPane.setHgrow(title, Priority.ALWAYS);
        Button save = new Button(i18n.get("catalog.detail.save"));
        save.setId("detail-save");
        save.getStyleClass().add("accent");
        DeniedHint.disableUnless(save, model.canEditProperty(), i18n);
        save.setOnAction(e -> model.saveProduct(new ProductEdit(detail.product().id(), detail.product().version(),
                title.getText(), brand.getText(), tags.getText(), category.getValue() == null ? null
                : category.getValue().id())));
        Label code = new Label(i18n.get("catalog.detail.productCode", detail.product().code(), detail.categoryPath()));
        code.getStyleClass().add("pane-subtitle");
        HBox actions = new HBox(8, save);
        actions.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(6, code, form, actions);
    }

    /** The product's SKUs, one line each: code, variant, price, stage; delisted ones say so. */
    private Node productSkus(SkuDetail detail, Formats f) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        grid.getStyleClass().add("detail-skus");
        int row = 0;
        for (SkuRow s : detail.productSkus()) {
            Label code = new Label(s.code());
            if (s.id() == detail.sku().id()) {
                code.getStyleClass().add("current-sku");
            }
            Label price = new Label(f.money(s.price()));
            Label stage = new Label(i18n.get("catalog.stage." + s.stage().name())
                    + (s.listed() ? "" : " · " + i18n.get("catalog.delisted")));
            Label variant = new Label(s.variant());
            for (Label cell : List.of(code, variant, price, stage)) {
                cell.setMinWidth(Label.USE_PREF_SIZE);
            }
            grid.addRow(row++, code, variant, price, stage);
        }
        return grid;
    }

    private Label label(String key) {
        Label label = new Label(i18n.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private Label section(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("detail-section");
        return label;
    }

    private Node lines(List<String> texts, String emptyKey) {
        VBox box = new VBox(3);
        if (texts.isEmpty() && !emptyKey.isEmpty()) {
            Label none = new Label(i18n.get(emptyKey));
            none.getStyleClass().add("pane-subtitle");
            box.getChildren().add(none);
        }
        for (String text : texts) {
            Label line = new Label(text);
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        return box;
    }

    private String partLine(BundlePart p, Formats f) {
        return i18n.get("catalog.detail.part", p.code(), p.title(), p.quantity(), f.integer(p.available()),
                f.integer(p.bundlesPossible()));
    }

    private String listingLine(ChannelListing l) {
        return l.channelName() + "  " + l.externalSku() + "  "
                + i18n.get(l.listed() ? "catalog.listed" : "catalog.delisted");
    }

    private String historyLine(AuditEntry e, Formats f) {
        String changes = e.after().keySet().stream()
                .map(field -> field + " " + nz(e.before().get(field)) + " → " + nz(e.after().get(field)))
                .collect(Collectors.joining("; "));
        return f.dateTime(e.occurredAt()) + "  " + e.user() + "  " + changes;
    }

    private static String nz(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }

    private ListCell<Category> categoryCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Category c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty ? null : c == null ? i18n.get("catalog.category.none") : c.isTopLevel() ? c.name()
                        : "    " + c.name());
            }
        };
    }
}
