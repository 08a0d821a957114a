package io.storedesk.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.ui.layout.TableLayout.Column;
import io.storedesk.ui.layout.TableLayout.SortKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A table's remembered columns: kept by id, so columns added or removed by a later version do no harm. */
class TableLayoutTest {

    private static final List<String> BUILT = List.of("code", "title", "price", "stock");

    @Test
    void theRememberedOrderApplies() {
        TableLayout layout = layout("price", "code", "stock", "title");

        assertThat(layout.arrange(BUILT)).containsExactly("price", "code", "stock", "title");
    }

    @Test
    void aColumnAddedInALaterVersionAppearsAfterTheColumnItFollowsInTheBuiltOrder() {
        TableLayout layout = layout("stock", "code", "title");
        List<String> built = List.of("code", "margin", "title", "price", "stock", "tags");

        // margin follows code; price follows title; tags follows stock, wherever those were moved.
        assertThat(layout.arrange(built)).containsExactly("stock", "tags", "code", "margin", "title", "price");
        assertThat(layout.arrange(List.of("new", "code", "title", "stock"))).containsExactly("new", "stock", "code",
                "title");
    }

    @Test
    void aRememberedColumnNoLongerBuiltIsLeftOut() {
        TableLayout layout = layout("gone", "title", "code", "price", "stock");

        assertThat(layout.arrange(BUILT)).containsExactly("title", "code", "price", "stock");
    }

    @Test
    void visibilityIsAsRememberedAndNewColumnsAsBuilt() {
        TableLayout layout = new TableLayout(List.of(new Column("code", 100, true), new Column("title", 200, false)),
                List.of());

        Map<String, Boolean> shown = layout.visibility(List.of("code", "title", "tags", "margin"),
                id -> !id.equals("tags"));

        assertThat(shown).containsExactly(Map.entry("code", true), Map.entry("title", false),
                Map.entry("tags", false), Map.entry("margin", true));
    }

    @Test
    void aLayoutThatWouldHideEveryColumnIsNotApplied() {
        TableLayout layout = new TableLayout(List.of(new Column("code", 100, false), new Column("title", 200, false)),
                List.of());

        assertThat(layout.visibility(List.of("code", "title"), id -> true)).containsExactly(Map.entry("code", true),
                Map.entry("title", true));
    }

    @Test
    void theSortKeepsOnlyColumnsTheTableStillSortsBy() {
        TableLayout layout = new TableLayout(List.of(), List.of(new SortKey("gone", false),
                new SortKey("price", true), new SortKey("variant", false)));

        assertThat(layout.sortAmong(Set.of("price", "code"))).containsExactly(new SortKey("price", true));
    }

    @Test
    void theLayoutSurvivesItsText() {
        TableLayout layout = new TableLayout(List.of(new Column("catalog.column.code", 125, true),
                new Column("odd:id;with separators", 80, false), new Column("中文", Double.NaN, true)),
                List.of(new SortKey("catalog.column.price", true), new SortKey("catalog.column.code", false)));

        TableLayout read = TableLayout.decode(layout.encodeColumns(), layout.encodeSort(), rejected -> { });

        assertThat(read).isEqualTo(layout);
        assertThat(layout.encodeColumns()).startsWith("catalog.column.code:125:shown;");
        assertThat(layout.encodeSort()).isEqualTo("catalog.column.price:descending;catalog.column.code:ascending");
    }

    @Test
    void unreadableEntriesAreLeftOutAndTheRestApplies() {
        List<String> rejected = new ArrayList<>();

        TableLayout read = TableLayout.decode("code:120:shown;title:wide:shown;price:-5:shown;stock:90:maybe;"
                + "%zz:80:shown;:80:shown;margin:70;tags:60:hidden;code:300:hidden",
                "price:sideways;code:descending;garbage", rejected::add);

        assertThat(read.columns()).containsExactly(new Column("code", 120, true), new Column("tags", 60, false));
        assertThat(read.sort()).containsExactly(new SortKey("code", true));
        assertThat(rejected).containsExactly("title:wide:shown", "price:-5:shown", "stock:90:maybe", "%zz:80:shown",
                ":80:shown", "margin:70", "price:sideways", "garbage");
    }

    @Test
    void nothingKeptIsNoLayout() {
        assertThat(TableLayout.decode(null, null, rejected -> { }).isEmpty()).isTrue();
        assertThat(TableLayout.decode("  ", "", rejected -> { })).isEqualTo(TableLayout.NONE);
        assertThat(TableLayout.NONE.arrange(BUILT)).isEqualTo(BUILT);
    }

    private static TableLayout layout(String... ids) {
        return new TableLayout(List.of(ids).stream().map(id -> new Column(id, 100, true)).toList(), List.of());
    }
}
