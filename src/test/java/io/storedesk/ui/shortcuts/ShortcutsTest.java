package io.storedesk.ui.shortcuts;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Messages;
import io.storedesk.ui.PaneId;
import io.storedesk.ui.shortcuts.Shortcut.Command;
import io.storedesk.ui.shortcuts.Shortcut.ShowPane;
import io.storedesk.ui.shortcuts.Shortcut.WindowCommand;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class ShortcutsTest {

    private final List<Shortcut> all = Shortcuts.all();

    @Test
    void noKeysAreBoundTwiceInOneScope() {
        Set<String> seen = new HashSet<>();
        for (Shortcut s : all) {
            assertThat(seen.add(s.scope() + " " + s.keys().getName())).as("%s twice", s.keys()).isTrue();
        }
    }

    @Test
    void noPaneShortcutHidesAWindowShortcutThePaneNeeds() {
        // Pane shortcuts may reuse keys of other panes, never the window's own keys.
        Set<KeyCombination> window = new HashSet<>();
        all.stream().filter(s -> s.scope() == null).forEach(s -> window.add(s.keys()));
        assertThat(all).filteredOn(s -> s.scope() != null).noneMatch(s -> window.contains(s.keys()));
    }

    @Test
    void controlAndADigitShowEachPaneInNavigationOrder() {
        for (int i = 0; i < PaneId.values().length; i++) {
            PaneId pane = PaneId.values()[i];
            assertThat(Shortcuts.find(all, KeyCombination.valueOf("Shortcut+" + (i + 1)), PaneId.CATALOG))
                    .map(Shortcut::action).contains(new ShowPane(pane));
        }
    }

    @Test
    void theWindowsCommandsHaveTheirKeys() {
        assertThat(command("Shortcut+K")).isEqualTo(WindowCommand.SEARCH);
        assertThat(command("Shortcut+F")).isEqualTo(WindowCommand.FOCUS_SEARCH);
        assertThat(command("F5")).isEqualTo(WindowCommand.REFRESH);
        assertThat(command("Shortcut+I")).isEqualTo(WindowCommand.IMPORT);
        assertThat(command("Shortcut+E")).isEqualTo(WindowCommand.EXPORT);
        assertThat(command("F1")).isEqualTo(WindowCommand.CHEAT_SHEET);
        assertThat(command("Shortcut+Slash")).isEqualTo(WindowCommand.CHEAT_SHEET);
    }

    private WindowCommand command(String keys) {
        return Shortcuts.find(all, KeyCombination.valueOf(keys), PaneId.DASHBOARD).map(Shortcut::action)
                .map(a -> ((Command) a).command()).orElseThrow();
    }

    @Test
    void thePaneShownDecidesWhatTheSameKeysDo() {
        KeyCombination keys = KeyCombination.valueOf("Shortcut+R");
        assertThat(Shortcuts.find(all, keys, PaneId.ORDERS).map(Shortcut::actionKey))
                .contains("orders.action.routeSelected");
        assertThat(Shortcuts.find(all, keys, PaneId.AFTERSALES).map(Shortcut::actionKey))
                .contains("aftersales.pane.reply");
        assertThat(Shortcuts.find(all, keys, PaneId.CATALOG)).isEmpty();
    }

    @Test
    void everyActionIsNamedInBothLanguages() {
        for (Shortcut s : all) {
            for (Messages messages : List.of(new Messages(Messages.ENGLISH), new Messages(Messages.CHINESE))) {
                assertThat(messages.has(s.actionKey())).as("%s in %s", s.actionKey(), messages.locale()).isTrue();
            }
        }
    }

    @Test
    void theCheatSheetListsEachActionOnceWithAllItsKeys() {
        Map<String, String> window = CheatSheet.lines(all, null);
        assertThat(window.get("shortcuts.action.cheatSheet")).isEqualTo(
                KeyCombination.valueOf("F1").getDisplayText() + ", "
                        + KeyCombination.valueOf("Shortcut+Slash").getDisplayText());
        int scoped = ShortcutKeys.scopes(all).stream().mapToInt(p -> CheatSheet.lines(all, p).size()).sum();
        assertThat(window.size() + scoped).isEqualTo(all.size() - 1);
        assertThat(all).allMatch(s -> Objects.nonNull(s.actionKey()));
    }
}
