package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketDetail;
import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketLineView;
import io.storedesk.aftersales.TicketParties;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.sla.TargetStatus;
import io.storedesk.security.ui.PersonalDetailsBox;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.Formats;
import io.storedesk.ui.I18n;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The focused ticket: who and what it concerns, its SLA clocks, its goods, what can be done next (note, reply,
 * the next steps of its status flow, give it to someone, the customer's rating) and its timeline, newest last,
 * in the window's language.
 */
final class TicketDetailPanel {

    private final VBox content = new VBox(6);
    private final ScrollPane root = new ScrollPane(content);
    private final TicketQueueViewModel model;
    private final I18n i18n;
    private final TicketActionsViewModel actions;
    private final Label title = wrapping();
    private final Label facts = wrapping();
    private final VBox clocks = new VBox(2);
    private final VBox lines = new VBox(2);
    private final TextArea note = new TextArea();
    private final FlowPane moves = new FlowPane(6, 6);
    private final TicketActionControls controls;
    private final VBox timeline = new VBox(6);
    private final List<Node> sections = new ArrayList<>();

    TicketDetailPanel(TicketQueueViewModel model, TicketActionsViewModel actions, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.actions = actions;
        root.setId("aftersales-detail");
        root.getStyleClass().add("detail-panel");
        root.setFitToWidth(true);
        root.setMinWidth(320);
        content.setPadding(new Insets(10));
        title.setId("aftersales-detail-title");
        facts.setId("aftersales-detail-facts");
        clocks.setId("aftersales-detail-clocks");
        lines.setId("aftersales-detail-lines");
        moves.setId("aftersales-detail-moves");
        timeline.setId("aftersales-detail-timeline");
        note.setId("aftersales-note");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.promptTextProperty().bind(i18n.text("aftersales.pane.notePrompt"));
        controls = new TicketActionControls(model, actions, i18n, note::getText, () -> root.getScene().getWindow());
        sections.addAll(List.of(facts, new PersonalDetailsBox(model.customer(), i18n, "aftersales-detail").node(),
                section("aftersales.detail.clocks"), clocks, section("aftersales.detail.lines"),
                lines, section("aftersales.detail.next"), note, controls.talk(), moves, controls.assign(),
                controls.rating(),
                section("aftersales.detail.timeline"), timeline));
        content.getChildren().add(title);
        content.getChildren().addAll(sections);
        show(null, null);
        model.detailProperty().addListener((obs, old, now) -> show(now, old));
        i18n.localeProperty().addListener((obs, old, now) -> show(model.detailProperty().get(), null));
    }

    Node node() {
        return root;
    }

    private void show(TicketDetail detail, TicketDetail before) {
        model.customer().showing(detail == null ? null : detail.ticket().id());
        sections.forEach(n -> {
            n.setVisible(detail != null);
            n.setManaged(detail != null);
        });
        clocks.getChildren().clear();
        lines.getChildren().clear();
        moves.getChildren().clear();
        timeline.getChildren().clear();
        title.getStyleClass().removeAll("title-4", "empty-state");
        title.getStyleClass().add(detail == null ? "empty-state" : "title-4");
        if (detail == null) {
            title.setText(i18n.get("aftersales.detail.none"));
            return;
        }
        if (before == null || before.ticket().id() != detail.ticket().id()) {
            note.clear();
        }
        Ticket t = detail.ticket();
        title.setText(i18n.get("aftersales.detail.title", t.code(), i18n.get("aftersales.type." + t.type().name()),
                i18n.get("aftersales.status." + t.status().name()), t.subject()));
        facts.setText(facts(t, detail.parties()));
        detail.clocks().forEach(c -> clocks.getChildren().add(clock(c, detail.readAt())));
        if (detail.clocks().isEmpty()) {
            clocks.getChildren().add(quiet(i18n.get("aftersales.detail.noClocks")));
        }
        detail.lines().forEach(l -> lines.getChildren().add(line(l)));
        if (detail.lines().isEmpty()) {
            lines.getChildren().add(quiet(i18n.get("aftersales.detail.noLines")));
        }
        detail.next().stream().sorted().forEach(s -> moves.getChildren().add(move(s)));
        if (detail.next().isEmpty()) {
            moves.getChildren().add(quiet(i18n.get("aftersales.detail.final")));
        }
        note.setDisable(detail.next().isEmpty());
        controls.show(detail);
        for (TicketEvent e : detail.timeline()) {
            timeline.getChildren().add(event(e));
        }
    }

    private String facts(Ticket t, TicketParties p) {
        String none = i18n.get("aftersales.detail.dash");
        String customer = p.customerName() == null ? none : p.customerTier() == null ? p.customerName()
                : i18n.get("aftersales.detail.customerTier", p.customerName(), p.customerTier());
        String agent = p.assigneeName() == null ? i18n.get("aftersales.pane.unassigned") : p.assigneeName();
        String facts = i18n.get("aftersales.detail.facts", i18n.get("aftersales.priority." + t.priority().name()),
                p.orderNo() == null ? none : p.orderNo(), customer, p.channelName() == null ? none : p.channelName(),
                agent, i18n.formats().dateTime(t.createdAt()));
        String extra = Stream.of(
                        t.reasonCode() == null ? null : i18n.get("aftersales.detail.reason", reason(t.reasonCode())),
                        p.warehouseName() == null ? null : i18n.get("aftersales.detail.warehouse", p.warehouseName()),
                        t.refundAmount() == null ? null
                                : i18n.get("aftersales.detail.refund", i18n.formats().money(t.refundAmount())),
                        t.satisfaction() == null ? null : i18n.get("aftersales.detail.satisfaction", t.satisfaction()))
                .filter(Objects::nonNull).collect(Collectors.joining("\n"));
        return extra.isEmpty() ? facts : facts + "\n" + extra;
    }

    private String reason(String code) {
        return i18n.has("aftersales.reason." + code) ? i18n.get("aftersales.reason." + code) : code;
    }

    private Label clock(TargetStatus c, Instant readAt) {
        Formats f = i18n.formats();
        String target = i18n.get("sla.target." + c.target().name());
        String state = i18n.get(c.state().messageKey());
        String text = c.state().running()
                ? i18n.get("aftersales.detail.clockRunning", target, state, f.dateTime(c.due()),
                        SlaText.left(i18n, Duration.between(readAt, c.due())))
                : i18n.get("aftersales.detail.clockDone", target, state, f.dateTime(c.due()));
        Label label = wrapping();
        label.setText(text);
        label.getStyleClass().add("sla-clock");
        String style = SlaText.styleOf(c.state());
        if (!style.isEmpty()) {
            label.getStyleClass().add(style);
        }
        return label;
    }

    private Label line(TicketLineView l) {
        String condition = l.conditionFound() == null ? ""
                : i18n.get("aftersales.condition." + l.conditionFound());
        Label label = wrapping();
        label.setText(i18n.get("aftersales.detail.line", l.skuCode(), l.title() == null ? "" : l.title(),
                l.quantity(), l.receivedQuantity(), condition));
        return label;
    }


    private Button move(TicketStatus to) {
        Button button = new Button(i18n.get("aftersales.pane.moveTo", i18n.get("aftersales.status." + to.name())));
        button.setId("aftersales-move-" + to.name());
        button.disableProperty().bind(actions.busyProperty().or(actions.canEditProperty().not()));
        DeniedHint.explain(button, actions.canEditProperty(), i18n);
        button.setOnAction(e -> actions.move(to, note.getText()));
        return button;
    }

    private VBox event(TicketEvent e) {
        Label head = wrapping();
        head.setText(TicketTimelineText.headline(i18n, e));
        head.getStyleClass().add("timeline-head");
        VBox box = new VBox(1, head);
        String body = TicketTimelineText.body(i18n, e);
        if (!body.isEmpty()) {
            Label text = wrapping();
            text.setText(body);
            box.getChildren().add(text);
        }
        box.getStyleClass().add("timeline-entry");
        return box;
    }

    private Label section(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add("detail-section");
        return label;
    }

    private static Label quiet(String text) {
        Label label = wrapping();
        label.setText(text);
        label.getStyleClass().add("empty-state");
        return label;
    }

    private static Label wrapping() {
        Label label = new Label();
        label.setWrapText(true);
        return label;
    }
}
