package io.storedesk.security.ui;

import io.storedesk.security.PersonalDetails;
import io.storedesk.ui.I18n;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The "Show full details" button of a detail panel, and what it revealed (or why it was refused) below it. */
public final class PersonalDetailsBox {

    private final VBox root = new VBox(4);
    private final PersonalDetailsViewModel model;
    private final I18n i18n;
    private final Label shown = new Label();

    /** idPrefix names the nodes for tests: idPrefix-reveal, idPrefix-revealed. */
    public PersonalDetailsBox(PersonalDetailsViewModel model, I18n i18n, String idPrefix) {
        this.model = model;
        this.i18n = i18n;
        Button reveal = new Button();
        reveal.setId(idPrefix + "-reveal");
        reveal.textProperty().bind(i18n.text("security.privacy.reveal"));
        reveal.disableProperty().bind(model.busyProperty().or(model.availableProperty().not()));
        reveal.setOnAction(e -> model.reveal());
        shown.setId(idPrefix + "-revealed");
        shown.setWrapText(true);
        root.getChildren().addAll(reveal, shown);
        model.revealedProperty().addListener((obs, old, now) -> draw());
        model.failureProperty().addListener((obs, old, now) -> draw());
        i18n.localeProperty().addListener((obs, old, now) -> draw());
        draw();
    }

    private void draw() {
        PersonalDetails details = model.revealedProperty().get();
        Throwable failure = model.failureProperty().get();
        shown.getStyleClass().remove("danger");
        if (failure != null) {
            shown.getStyleClass().add("danger");
            shown.setText(i18n.describe(failure));
        } else if (details != null) {
            String none = i18n.get("security.privacy.none");
            shown.setText(i18n.get("security.privacy.revealed", or(details.name(), none), or(details.phone(), none),
                    or(details.email(), none), or(details.address(), none)));
        } else {
            shown.setText("");
        }
        shown.setVisible(failure != null || details != null);
        shown.setManaged(shown.isVisible());
    }

    private static String or(String value, String none) {
        return value == null || value.isBlank() ? none : value;
    }

    public Node node() {
        return root;
    }
}
