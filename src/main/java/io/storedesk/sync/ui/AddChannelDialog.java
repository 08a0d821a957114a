package io.storedesk.sync.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.engine.ChannelEndpoint;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The "Add channel" form. Fields follow the kind and the way it signs in; secrets go into password fields and
 * from there straight into the view model, which never hands them back. OK stays open until the channel is added.
 */
final class AddChannelDialog {

    private final AddChannelViewModel model;
    private final I18n i18n;
    private final Map<ChannelField, TextField> inputs = new EnumMap<>(ChannelField.class);
    private final Map<ChannelField, Label> problems = new EnumMap<>(ChannelField.class);
    private final GridPane form = new GridPane();

    private AddChannelDialog(AddChannelViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    static Optional<ChannelEndpoint> show(Window owner, AddChannelViewModel model, I18n i18n) {
        return new AddChannelDialog(model, i18n).show(owner);
    }

    private Optional<ChannelEndpoint> show(Window owner) {
        Dialog<ChannelEndpoint> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("sync.ui.add.title"));
        dialog.setHeaderText(i18n.get("sync.ui.add.header"));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("add-channel-dialog");
        for (ChannelField field : ChannelField.values()) {
            inputs.put(field, input(field));
            problems.put(field, problem(field));
        }
        form.setId("add-channel-form");
        form.setHgap(10);
        form.setVgap(4);
        model.kindProperty().addListener((obs, old, now) -> layout());
        model.signInProperty().addListener((obs, old, now) -> layout());
        layout();
        Label failure = new Label();
        failure.setId("add-channel-failure");
        failure.getStyleClass().addAll("field-problem", "danger");
        failure.setWrapText(true);
        failure.textProperty().bind(Bindings.createStringBinding(() -> model.failureProperty().get() == null ? ""
                : i18n.describe(model.failureProperty().get()), model.failureProperty(), i18n.localeProperty()));
        failure.visibleProperty().bind(model.failureProperty().isNotNull());
        failure.managedProperty().bind(failure.visibleProperty());
        Label secretsNote = new Label(i18n.get("sync.ui.add.secretsNote"));
        secretsNote.setWrapText(true);
        secretsNote.getStyleClass().add("hint");
        dialog.getDialogPane().setContent(new VBox(10, kindRow(), signInRow(), form, secretsNote, failure));
        dialog.getDialogPane().setPrefWidth(620);
        dialog.setResizable(true);

        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(model.savingProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.addedProperty().get() == null) {
                e.consume();
                model.save();
            }
        });
        model.addedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                dialog.setResult(now);
                dialog.close();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? model.addedProperty().get() : null);
        return dialog.showAndWait();
    }

    private HBox kindRow() {
        ComboBox<ChannelKind> kind = new ComboBox<>();
        kind.setId("add-channel-kind");
        kind.getItems().setAll(model.kinds());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChannelKind value) {
                return value == null ? "" : i18n.get("sync.ui.kind." + value.name());
            }

            @Override
            public ChannelKind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        return new HBox(10, new Label(i18n.get("sync.ui.column.kind")), kind);
    }

    private HBox signInRow() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(12);
        for (SignInMode mode : SignInMode.values()) {
            RadioButton choice = new RadioButton(i18n.get("sync.ui.signIn." + mode.name()));
            choice.setId("add-channel-signin-" + mode.name().toLowerCase(Locale.ROOT));
            choice.setToggleGroup(group);
            choice.setSelected(model.signInProperty().get() == mode);
            choice.setOnAction(e -> model.signInProperty().set(mode));
            row.getChildren().add(choice);
        }
        return row;
    }

    /** The kind's fields, each with its problem under it; the controls keep what was typed across changes. */
    private void layout() {
        form.getChildren().clear();
        int row = 0;
        for (ChannelField field : model.fields()) {
            Label label = new Label(i18n.get(field.labelKey()));
            label.setLabelFor(inputs.get(field));
            form.add(label, 0, row);
            form.add(inputs.get(field), 1, row++);
            form.add(problems.get(field), 1, row++);
        }
        Window window = form.getScene() == null ? null : form.getScene().getWindow();
        if (window != null) {
            window.sizeToScene();
        }
    }

    private TextField input(ChannelField field) {
        TextField input;
        if (field.secret()) {
            PasswordField password = new PasswordField();
            password.textProperty().addListener((obs, old, now) -> model.type(field, now));
            input = password;
        } else {
            TextField text = new TextField();
            text.textProperty().bindBidirectional(model.text(field));
            input = text;
        }
        input.setId("add-channel-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        String prompt = "sync.ui.prompt." + field.name();
        if (i18n.has(prompt)) {
            input.setPromptText(i18n.get(prompt));
        }
        input.setPrefColumnCount(28);
        return input;
    }

    private Label problem(ChannelField field) {
        Label label = new Label();
        label.setId("add-channel-problem-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        label.getStyleClass().addAll("field-problem", "danger");
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            MessageKey problem = model.errors().get(field);
            return problem == null ? "" : i18n.get(problem.key(), problem.arguments());
        }, model.errors(), i18n.localeProperty()));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
