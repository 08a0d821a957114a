package io.storedesk.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.testing.TestStores;
import io.storedesk.ui.DeskPreferences;
import io.storedesk.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table in a window the main window owns (the audit log, a dashboard tile's rows) remembers its columns in the
 * main window's layout: what a person left when the dialog closed is back the next time it opens, and a dialog
 * opened again and again is not kept by the layout after it closes.
 */
class DialogLayoutTest {

    private final FxRobot robot = new FxRobot();
    private Path dataDirectory;
    private LayoutSaver saver;
    private Stage main;

    @BeforeEach
    void showTheMainWindow() throws Exception {
        dataDirectory = TestStores.newDirectory();
        FxToolkit.registerPrimaryStage();
        saver = new LayoutSaver(new DeskLayout(DeskPreferences.load(dataDirectory)), new InlineTaskRunner());
        main = FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(new Label("main")), 400, 300));
            LayoutMemory.install(stage.getScene(), saver);
            stage.show();
            return stage;
        });
    }

    @AfterEach
    void closeTheMainWindow() throws Exception {
        FxToolkit.setupFixture(() -> {
            saver.close();
            main.close();
        });
    }

    @Test
    void aDialogsColumnsComeBackTheNextTimeItOpens() throws Exception {
        Stage first = openDialog();
        robot.interact(() -> {
            TableView<String> table = table(first);
            table.getColumns().setAll(List.of(table.getColumns().get(1), table.getColumns().get(0)));
            table.getColumns().get(0).setVisible(false);
        });
        robot.interact(first::close);

        DeskLayout saved = new DeskLayout(DeskPreferences.load(dataDirectory));
        assertThat(saved.table("dialog-rows").columns()).extracting(TableLayout.Column::id)
                .containsExactly("dialog.column.count", "dialog.column.name");
        assertThat(saved.table("dialog-rows").column("dialog.column.count").orElseThrow().visible()).isFalse();

        Stage second = openDialog();
        TableView<String> again = table(second);
        assertThat(again.getColumns()).extracting(TableColumn::getId)
                .containsExactly("dialog.column.count", "dialog.column.name");
        assertThat(again.getColumns().get(0).isVisible()).isFalse();
        robot.interact(second::close);
    }

    @Test
    void aClosedDialogIsNoLongerReadWhenTheLayoutIsSaved() throws Exception {
        Stage first = openDialog();
        TableView<String> closed = table(first);
        robot.interact(first::close);
        // The closed dialog's table changes after it closed (nobody sees it): that is not what the person left.
        robot.interact(() -> closed.getColumns().get(0).setVisible(false));
        robot.interact(() -> saver.save());

        DeskLayout saved = new DeskLayout(DeskPreferences.load(dataDirectory));
        assertThat(saved.table("dialog-rows").column("dialog.column.name").orElseThrow().visible()).isTrue();
    }

    @Test
    void aWindowOutsideTheMainWindowKeepsTheColumnsItWasBuiltWith() throws Exception {
        AtomicReference<TableView<String>> built = new AtomicReference<>();
        Stage alone = FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            TableView<String> table = rowsTable();
            built.set(table);
            stage.setScene(new Scene(new StackPane(table), 300, 200));
            stage.show();
            return stage;
        });
        robot.interact(() -> built.get().getColumns().get(0).setVisible(false));
        robot.interact(alone::close);
        robot.interact(() -> saver.save());

        assertThat(new DeskLayout(DeskPreferences.load(dataDirectory)).table("dialog-rows").columns()).isEmpty();
    }

    /** As the dialogs are built: the table made and remembered first, its window made and owned after. */
    private Stage openDialog() throws Exception {
        Stage dialog = FxToolkit.setupFixture(() -> {
            TableView<String> table = rowsTable();
            Scene scene = new Scene(new StackPane(table), 300, 200);
            Stage stage = new Stage();
            stage.initOwner(main);
            stage.setScene(scene);
            stage.show();
            return stage;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return dialog;
    }

    private static TableView<String> rowsTable() {
        TableView<String> table = new TableView<>();
        TableColumn<String, String> name = new TableColumn<>("Name");
        name.setId("dialog.column.name");
        TableColumn<String, String> count = new TableColumn<>("Count");
        count.setId("dialog.column.count");
        table.getColumns().setAll(List.of(name, count));
        LayoutMemory.remember(table, "dialog-rows");
        return table;
    }

    @SuppressWarnings("unchecked")
    private static TableView<String> table(Stage dialog) {
        return (TableView<String>) ((StackPane) dialog.getScene().getRoot()).getChildren().get(0);
    }
}
