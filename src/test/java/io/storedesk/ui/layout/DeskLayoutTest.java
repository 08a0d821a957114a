package io.storedesk.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.testing.TestStores;
import io.storedesk.ui.DeskPreferences;
import io.storedesk.ui.PaneId;
import io.storedesk.ui.layout.TableLayout.Column;
import io.storedesk.ui.layout.TableLayout.SortKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The layout kept beside the language in desk.properties: what is written comes back; what is broken reads as none. */
class DeskLayoutTest {

    private final Path dataDirectory = TestStores.newDirectory();

    @Test
    void whatIsSavedComesBackInTheNextRun() {
        DeskLayout layout = new DeskLayout(DeskPreferences.load(dataDirectory));
        WindowPlacement placement = new WindowPlacement(new ScreenArea(40, 30, 1100, 700), true);
        TableLayout catalog = new TableLayout(List.of(new Column("catalog.column.title", 230, true),
                new Column("catalog.column.code", 140, true)), List.of(new SortKey("catalog.column.price", true)));
        layout.save(layout.entries(placement));
        layout.save(layout.entries(PaneId.ORDERS));
        layout.save(layout.entries("catalog", catalog));
        layout.save(layout.entries("catalog", List.of(0.18, 0.666666)));

        DeskLayout next = new DeskLayout(DeskPreferences.load(dataDirectory));

        assertThat(next.window()).contains(placement);
        assertThat(next.pane()).contains(PaneId.ORDERS);
        assertThat(next.table("catalog")).isEqualTo(catalog);
        assertThat(next.table("orders")).isEqualTo(TableLayout.NONE);
        assertThat(next.dividers("catalog")).contains(List.of(0.18, 0.6667));
        assertThat(next.dividers("orders")).isEmpty();
    }

    @Test
    void theLayoutKeepsTheLanguageAndThemeSavedBesideIt() {
        DeskPreferences preferences = DeskPreferences.load(dataDirectory);
        preferences.saveLanguage(Locale.SIMPLIFIED_CHINESE);
        DeskLayout layout = new DeskLayout(DeskPreferences.load(dataDirectory));

        layout.save(layout.entries(PaneId.STOCK));

        assertThat(DeskPreferences.load(dataDirectory).language()).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(new DeskLayout(DeskPreferences.load(dataDirectory)).pane()).contains(PaneId.STOCK);
    }

    @Test
    void aFirstRunHasNoLayout() {
        DeskLayout layout = new DeskLayout(DeskPreferences.load(dataDirectory));

        assertThat(layout.window()).isEmpty();
        assertThat(layout.pane()).isEmpty();
        assertThat(layout.table("catalog").isEmpty()).isTrue();
    }

    @Test
    void unreadableEntriesReadAsNotKept() throws Exception {
        write("window.bounds=here,there,big,bigger\nwindow.maximized=perhaps\nwindow.pane=WAREHOUSE\n"
                + "table.catalog.columns=\u0000\u00ff;;:::\ntable.catalog.sort=catalog.column.price:descending\n"
                + "split.catalog.dividers=0.2,wide\nsplit.orders.dividers=1.5\nsplit.stock.dividers=\n");

        DeskLayout layout = new DeskLayout(DeskPreferences.load(dataDirectory));

        assertThat(layout.window()).isEmpty();
        assertThat(layout.pane()).isEmpty();
        assertThat(layout.table("catalog")).isEqualTo(new TableLayout(List.of(),
                List.of(new SortKey("catalog.column.price", true))));
        assertThat(layout.dividers("catalog")).isEmpty();
        assertThat(layout.dividers("orders")).isEmpty();
        assertThat(layout.dividers("stock")).isEmpty();
    }

    @Test
    void aFileThatIsNotPropertiesAtAllReadsAsDefaultsAndIsReplacedAtTheNextSave() throws Exception {
        // A broken \\u escape makes the whole file unreadable to java.util.Properties.
        write("window.pane=ORDERS\nwindow.bounds=\\uZZZZ\n");
        DeskLayout layout = new DeskLayout(DeskPreferences.load(dataDirectory));

        assertThat(layout.pane()).isEmpty();
        layout.save(layout.entries(PaneId.DASHBOARD));

        assertThat(new DeskLayout(DeskPreferences.load(dataDirectory)).pane()).contains(PaneId.DASHBOARD);
        assertThat(Files.list(dataDirectory).map(p -> p.getFileName().toString())).containsExactly("desk.properties");
    }

    @Test
    void aFileOfBytesThatAreNotTextReadsAsDefaults() throws Exception {
        Files.write(dataDirectory.resolve("desk.properties"), new byte[] {'w', 'i', 'n', 'd', 'o', 'w', '.', 'p', 'a',
                'n', 'e', '=', 'S', 'T', 'O', 'C', 'K', '\n', (byte) 0xff, (byte) 0xfe, 0, 0x13});

        DeskLayout layout = new DeskLayout(DeskPreferences.load(dataDirectory));

        assertThat(layout.pane()).isEmpty();
        assertThat(layout.window()).isEmpty();
    }

    @Test
    void onlyEntriesThatDifferFromTheFileNeedWriting() {
        DeskLayout layout = new DeskLayout(DeskPreferences.load(dataDirectory));
        layout.save(layout.entries(PaneId.ORDERS));

        assertThat(layout.changed(layout.entries(PaneId.ORDERS))).isEmpty();
        assertThat(layout.changed(layout.entries(PaneId.STOCK))).isEqualTo(Map.of("window.pane", "STOCK"));
    }

    private void write(String text) throws Exception {
        Files.writeString(dataDirectory.resolve("desk.properties"), text, StandardCharsets.UTF_8);
    }
}
