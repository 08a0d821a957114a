package io.storedesk.stock.ui;

import io.storedesk.stock.ChannelStockPolicy;
import io.storedesk.stock.ChannelStockSummary;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Notices;
import io.storedesk.ui.Spinners;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Each channel's share of stock to publish as a form: percent and units kept back, what the saved policy
 * publishes today, and what the edited one would make of 100 available units, as the numbers change.
 */
public final class ChannelStockDialog {

    private static final long EXAMPLE_UNITS = 100;

    private final I18n i18n;
    private final ChannelStockViewModel model;
    private final GridPane form = new GridPane();
    private final Map<String, Spinner<Integer>> ratios = new LinkedHashMap<>();
    private final Map<String, Spinner<Integer>> buffers = new LinkedHashMap<>();

    private ChannelStockDialog(I18n i18n, ChannelStockViewModel model) {
        this.i18n = i18n;
        this.model = model;
    }

    public static void open(Window owner, I18n i18n, ChannelStockViewModel model) {
        new ChannelStockDialog(i18n, model).show(owner);
    }

    private void show(Window owner) {
        Dialog<Map<String, ChannelStockPolicy>> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("stock.channel.title"));
        dialog.setHeaderText(i18n.get("stock.channel.header"));
        form.setId("channel-stock-form");
        form.setHgap(12);
        form.setVgap(8);
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("small-busy");
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(model.loadingProperty());
        VBox content = new VBox(10, Notices.bar("channel-stock-notice", i18n, model.noticeProperty(),
                model::dismissNotice), busy, form);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResizable(true);
        ListChangeListener<ChannelStockSummary> loaded = change -> {
            rows();
            // The dialog opened around an empty form; let it grow to the rows that came.
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        };
        model.channels().addListener(loaded);
        rows();
        dialog.setResultConverter(button -> button == ButtonType.OK ? edited() : null);
        model.load();
        Optional<Map<String, ChannelStockPolicy>> result = dialog.showAndWait();
        model.channels().removeListener(loaded);
        result.ifPresent(model::save);
    }

    private void rows() {
        form.getChildren().clear();
        ratios.clear();
        buffers.clear();
        form.addRow(0, heading("stock.channel.column.channel"), heading("stock.channel.column.ratio"),
                heading("stock.channel.column.buffer"), heading("stock.channel.column.example"),
                heading("stock.channel.column.today"));
        int row = 1;
        for (ChannelStockSummary channel : model.channels()) {
            Spinner<Integer> ratio = Spinners.whole("channel-stock-ratio-" + channel.code(), 0, 100,
                    Spinners.percent(channel.policy().ratio()));
            Spinner<Integer> buffer = Spinners.whole("channel-stock-buffer-" + channel.code(), 0, 99_999,
                    channel.policy().buffer());
            ratios.put(channel.code(), ratio);
            buffers.put(channel.code(), buffer);
            Label example = new Label();
            example.setId("channel-stock-example-" + channel.code());
            example.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("stock.channel.example",
                    EXAMPLE_UNITS, policy(ratio, buffer).publishable(EXAMPLE_UNITS)), ratio.valueProperty(),
                    buffer.valueProperty()));
            Label today = new Label(i18n.get("stock.channel.today", channel.publishedUnits(),
                    channel.availableUnits(), channel.skusPublished()));
            form.addRow(row++, fixed(new Label(channel.name())), ratio, buffer, fixed(example), fixed(today));
        }
    }

    /** Only the channels whose numbers were touched: a stored 0.905 shown as 91 % is not a change to 0.91. */
    private Map<String, ChannelStockPolicy> edited() {
        Map<String, ChannelStockPolicy> policies = new LinkedHashMap<>();
        for (ChannelStockSummary channel : model.channels()) {
            Spinner<Integer> ratio = ratios.get(channel.code());
            Spinner<Integer> buffer = buffers.get(channel.code());
            boolean touched = ratio.getValue() != Spinners.percent(channel.policy().ratio())
                    || buffer.getValue() != channel.policy().buffer();
            if (touched) {
                policies.put(channel.code(), policy(ratio, buffer));
            }
        }
        return policies;
    }

    private Label heading(String key) {
        Label label = fixed(new Label(i18n.get(key)));
        label.getStyleClass().add("form-heading");
        return label;
    }

    /** Never narrower than the text: the dialog grows instead of cutting names and numbers short. */
    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static ChannelStockPolicy policy(Spinner<Integer> ratio, Spinner<Integer> buffer) {
        return new ChannelStockPolicy(Spinners.share(ratio.getValue()), buffer.getValue());
    }
}
