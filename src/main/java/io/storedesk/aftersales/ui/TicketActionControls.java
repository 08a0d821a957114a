package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.AgentName;
import io.storedesk.aftersales.ReplyTemplate;
import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketDetail;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.I18n;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The focused ticket's actions beside its status steps: note and reply (from the text the panel holds),
 * template replies, receiving goods, refund, exchange, compensation, giving it to someone, the customer's
 * rating; each shown only where the ticket's type and status allow it.
 */
final class TicketActionControls {

    private final TicketQueueViewModel model;
    private final TicketActionsViewModel actions;
    private final I18n i18n;
    private final Supplier<String> noteText;
    private final Supplier<Window> owner;
    private final FlowPane talk = new FlowPane(6, 6);
    private final HBox assign = new HBox(6);
    private final HBox rating = new HBox(6);
    private final Button receive;
    private final Button refund;
    private final Button exchange;

    TicketActionControls(TicketQueueViewModel model, TicketActionsViewModel actions, I18n i18n,
                         Supplier<String> noteText, Supplier<Window> owner) {
        this.model = model;
        this.actions = actions;
        this.i18n = i18n;
        this.noteText = noteText;
        this.owner = owner;
        talk.setId("aftersales-detail-talk");
        receive = receiveButton();
        refund = refundButton();
        exchange = exchangeButton();
        buildTalk();
        buildAssign();
        buildRating();
    }

    Node talk() {
        return talk;
    }

    Node assign() {
        return assign;
    }

    Node rating() {
        return rating;
    }

    void show(TicketDetail detail) {
        Ticket t = detail.ticket();
        boolean finished = t.status() == TicketStatus.DONE || t.status() == TicketStatus.CLOSED;
        show(rating, finished);
        talk.setDisable(!t.status().isOpen() && t.status() != TicketStatus.DONE);
        boolean goodsBack = t.type() == TicketType.RETURN || t.type() == TicketType.EXCHANGE;
        show(receive, goodsBack && t.status().isOpen()
                && detail.lines().stream().anyMatch(l -> l.outstanding() > 0));
        show(refund, t.type() == TicketType.RETURN || t.type() == TicketType.REFUND_ONLY);
        show(exchange, t.type() == TicketType.EXCHANGE && t.status().isOpen() && !detail.lines().isEmpty());
        assign.setDisable(!t.status().isOpen());
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private Button exchangeButton() {
        Button button = button("aftersales-exchange", "aftersales.pane.exchange");
        button.setOnAction(e -> ExchangeDialog.show(owner.get(), i18n, model.detailProperty().get())
                .ifPresent(actions::shipExchange));
        return button;
    }

    /** Note and reply take the text above; a template reply is filled in from the ticket. */
    private void buildTalk() {
        Button addNote = button("aftersales-add-note", "aftersales.pane.addNote");
        addNote.setOnAction(e -> actions.addNote(noteText.get()));
        Button reply = button("aftersales-reply", "aftersales.pane.reply");
        reply.setOnAction(e -> actions.reply(noteText.get()));
        MenuButton templates = new MenuButton();
        templates.setId("aftersales-reply-template");
        templates.textProperty().bind(i18n.text("aftersales.pane.replyTemplate"));
        templates.disableProperty().bind(actions.busyProperty().or(Bindings.isEmpty(actions.templates()))
                .or(actions.canEditProperty().not()));
        Runnable fill = () -> templates.getItems().setAll(actions.templates().stream().map(t -> {
            MenuItem item = new MenuItem(t.title());
            item.setId("aftersales-template-" + t.code());
            item.setOnAction(e -> actions.replyWith(t));
            return item;
        }).toList());
        actions.templates().addListener((ListChangeListener<ReplyTemplate>) change -> fill.run());
        fill.run();
        Button compensate = button("aftersales-compensate", "aftersales.pane.compensate");
        compensate.setOnAction(e -> CompensationDialog.show(owner.get(), i18n,
                        model.detailProperty().get().ticket().code(), List.copyOf(actions.agents()), model.user())
                .ifPresent(g -> actions.compensate(g.kind(), g.amount(), g.approver())));
        talk.getChildren().addAll(addNote, reply, templates, receive, refund, exchange, compensate);
    }

    private Button receiveButton() {
        Button receive = button("aftersales-receive", "aftersales.pane.receive");
        // Goods back in stock are a stock booking too: the after-sales right alone is not enough.
        receive.disableProperty().bind(actions.busyProperty().or(actions.canReceiveProperty().not()));
        DeniedHint.explain(receive, actions.canReceiveProperty(), i18n);
        receive.setOnAction(e -> {
            TicketDetail shown = model.detailProperty().get();
            ReceiveGoodsDialog.show(owner.get(), i18n, shown, List.copyOf(actions.warehouses()))
                    .ifPresent(r -> actions.receive(r.warehouseId(), r.lines()));
        });
        return receive;
    }

    private Button refundButton() {
        Button refund = button("aftersales-refund", "aftersales.pane.refund");
        refund.setOnAction(e -> actions.quoteRefund((code, quote) -> RefundDialog.show(owner.get(),
                i18n, code, quote, List.copyOf(actions.agents()), model.user())
                .ifPresent(choice -> actions.refund(choice.amount(), choice.approver()))));
        return refund;
    }

    private void buildAssign() {
        ComboBox<AgentName> agent = new ComboBox<>(actions.agents());
        agent.setId("aftersales-assign-to");
        agent.promptTextProperty().bind(i18n.text("aftersales.pane.assignPrompt"));
        agent.setConverter(new StringConverter<>() {
            @Override
            public String toString(AgentName a) {
                return a == null ? "" : a.onDuty() ? a.displayName()
                        : i18n.get("aftersales.pane.offDuty", a.displayName());
            }

            @Override
            public AgentName fromString(String text) {
                return null;
            }
        });
        Button give = button("aftersales-assign", "aftersales.pane.assign");
        give.disableProperty().bind(actions.busyProperty().or(agent.valueProperty().isNull())
                .or(actions.canEditProperty().not()));
        give.setOnAction(e -> actions.reassign(agent.getValue()));
        assign.getChildren().addAll(agent, give);
        assign.setAlignment(Pos.CENTER_LEFT);
    }

    /** The customer's 1–5 rating of a finished ticket; the text above is their comment. */
    private void buildRating() {
        Spinner<Integer> score = new Spinner<>(1, 5, 5);
        score.setId("aftersales-score");
        score.setPrefWidth(70);
        Label label = new Label();
        label.textProperty().bind(i18n.text("aftersales.pane.score"));
        Button rate = button("aftersales-rate", "aftersales.pane.rate");
        rate.setOnAction(e -> actions.rate(score.getValue(), noteText.get()));
        rating.getChildren().addAll(label, score, rate);
        rating.setAlignment(Pos.CENTER_LEFT);
    }

    private Button button(String id, String key) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.disableProperty().bind(actions.busyProperty().or(actions.canEditProperty().not()));
        DeniedHint.explain(button, actions.canEditProperty(), i18n);
        return button;
    }
}
