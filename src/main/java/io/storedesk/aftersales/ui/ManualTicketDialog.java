package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.ReasonCodes;
import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.intake.NewTicket;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Opens a ticket that is about no order's goods: a complaint, an inquiry, a refund-only claim taken by phone.
 * Returns and exchanges start from their order (orders pane), where the goods are chosen.
 */
final class ManualTicketDialog {

    private static final List<TicketType> WITHOUT_GOODS = List.of(TicketType.COMPLAINT, TicketType.INQUIRY,
            TicketType.REFUND_ONLY);

    private ManualTicketDialog() {
    }

    static Optional<NewTicket> show(Window owner, I18n i18n) {
        Dialog<NewTicket> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("aftersales.manual.title"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ComboBox<TicketType> type = combo("aftersales-manual-type", i18n, "aftersales.type.");
        ComboBox<String> reason = combo("aftersales-manual-reason", i18n, "aftersales.reason.");
        ComboBox<TicketPriority> priority = combo("aftersales-manual-priority", i18n, "aftersales.priority.");
        priority.getItems().setAll(TicketPriority.values());
        priority.setValue(TicketPriority.NORMAL);
        type.valueProperty().addListener((obs, old, now) -> {
            reason.getItems().setAll(now == null ? List.of() : ReasonCodes.forType(now));
            reason.getSelectionModel().selectFirst();
        });
        type.getItems().setAll(WITHOUT_GOODS);
        type.setValue(TicketType.COMPLAINT);
        TextField subject = new TextField();
        subject.setId("aftersales-manual-subject");
        subject.setPromptText(i18n.get("aftersales.newTicket.subjectPrompt"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("aftersales.column.type")), type);
        grid.addRow(1, new Label(i18n.get("aftersales.newTicket.reason")), reason);
        grid.addRow(2, new Label(i18n.get("aftersales.column.priority")), priority);
        grid.addRow(3, new Label(i18n.get("aftersales.column.subject")), subject);
        grid.addRow(4, new Label(), new Label(i18n.get("aftersales.manual.goodsHint")));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(520);
        // The service refuses a blank subject too; here OK simply waits for one.
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(subject.textProperty().isEmpty());
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : new NewTicket(type.getValue(),
                priority.getValue(), reason.getValue(), subject.getText(), null, null, null, List.of()));
        return dialog.showAndWait();
    }

    private static <T> ComboBox<T> combo(String id, I18n i18n, String prefix) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.setPrefWidth(260);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : i18n.get(prefix + (value instanceof Enum<?> e ? e.name() : value));
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return combo;
    }
}
