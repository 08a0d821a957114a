package io.storedesk.orders.ui;

import io.storedesk.common.Messages;
import io.storedesk.orders.LineStock;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderDetail;
import io.storedesk.security.ui.PersonalDetailsBox;
import io.storedesk.ui.Formats;
import io.storedesk.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The focused order: its header and address, its goods lines with the units each warehouse has for them, its
 * parcels, and why it is routed or held as it is, in the window's language (drawn again when it changes).
 */
final class OrderDetailPanel {

    private final VBox content = new VBox(6);
    private final ScrollPane root = new ScrollPane(content);
    private final I18n i18n;
    private final Label title = OrderLinesView.wrapping("");
    private final Label facts = OrderLinesView.wrapping("");
    private final Label address = OrderLinesView.wrapping("");
    private final VBox lines = new VBox(8);
    private final VBox parcels = new VBox(4);
    private final VBox explanation = new VBox(4);
    private final List<Node> sections = new ArrayList<>();
    private final OrderInboxViewModel model;

    OrderDetailPanel(OrderInboxViewModel model, I18n i18n) {
        this.i18n = i18n;
        this.model = model;
        root.setId("orders-detail");
        root.getStyleClass().add("detail-panel");
        root.setFitToWidth(true);
        root.setMinWidth(320);
        content.setPadding(new Insets(10));
        title.getStyleClass().add("detail-title");
        title.setId("orders-detail-title");
        facts.setId("orders-detail-facts");
        address.setId("orders-detail-address");
        lines.setId("orders-detail-lines");
        parcels.setId("orders-detail-parcels");
        explanation.setId("orders-detail-explanation");
        sections.addAll(List.of(facts, section("orders.detail.shipTo"), address,
                new PersonalDetailsBox(model.buyer(), i18n, "orders-detail").node(), section("orders.detail.lines"),
                lines, section("orders.detail.parcels"), parcels, section("orders.detail.why"), explanation));
        content.getChildren().add(title);
        content.getChildren().addAll(sections);
        show(null);
        model.detailProperty().addListener((obs, old, now) -> show(now));
        i18n.localeProperty().addListener((obs, old, now) -> show(model.detailProperty().get()));
    }

    private void show(OrderDetail detail) {
        model.buyer().showing(detail == null ? null : detail.order().id());
        sections.forEach(n -> {
            n.setVisible(detail != null);
            n.setManaged(detail != null);
        });
        lines.getChildren().clear();
        parcels.getChildren().clear();
        explanation.getChildren().clear();
        // An order's number reads as a heading; the hint without one as a quiet line.
        title.getStyleClass().removeAll("title-4", "empty-state");
        title.getStyleClass().add(detail == null ? "empty-state" : "title-4");
        if (detail == null) {
            title.setText(i18n.get("orders.detail.none"));
            return;
        }
        Order order = detail.order();
        Formats f = i18n.formats();
        String status = i18n.get("orders.status." + order.status().name());
        title.setText(order.holdReason() == null ? i18n.get("orders.detail.title", order.externalId(), status)
                : i18n.get("orders.detail.titleHeld", order.externalId(), status,
                        i18n.get("orders.hold." + order.holdReason())));
        facts.setText(i18n.get("orders.detail.facts", detail.channelName(), f.dateTime(order.placedAt()),
                order.paidAt() == null ? i18n.get("orders.detail.unpaid") : f.dateTime(order.paidAt()),
                order.promisedDays() == null ? i18n.get("orders.detail.noPromise")
                        : i18n.get("orders.detail.promiseDays", order.promisedDays()),
                detail.buyerName() == null ? "" : detail.buyerName(), f.money(order.totalAmount()))
                + (order.buyerNote() == null || order.buyerNote().isBlank() ? ""
                : "\n" + i18n.get("orders.detail.buyerNote", order.buyerNote())));
        address.setText(OrderTexts.address(order));
        for (LineStock line : detail.lines()) {
            lines.getChildren().add(OrderLinesView.line(i18n, line, detail.parcels()));
        }
        for (int i = 0; i < detail.parcels().size(); i++) {
            parcels.getChildren().add(OrderLinesView.parcel(i18n, i + 1, detail.parcels().get(i)));
        }
        if (detail.parcels().isEmpty()) {
            Label none = OrderLinesView.wrapping(i18n.get("orders.detail.noParcels"));
            none.getStyleClass().add("text-muted");
            parcels.getChildren().add(none);
        }
        for (OrderTexts.Paragraph p : OrderTexts.explanation(new Messages(i18n.locale()), detail)) {
            if (p.heading() != null) {
                Label heading = OrderLinesView.wrapping(p.heading());
                heading.getStyleClass().add("text-muted");
                explanation.getChildren().add(heading);
            }
            p.sentences().forEach(s -> explanation.getChildren().add(OrderLinesView.wrapping("• " + s)));
        }
    }

    private Label section(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add("detail-section");
        return label;
    }

    Node node() {
        return root;
    }
}
