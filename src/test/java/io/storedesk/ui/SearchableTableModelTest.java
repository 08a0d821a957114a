package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Page;
import io.storedesk.testing.ManualTaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The view model behind every pane's table, tested without a JavaFX toolkit. */
class SearchableTableModelTest {

    private static final List<String> FRUIT = List.of("apple", "apricot", "banana", "cherry");
    private final List<String> asked = new ArrayList<>();

    private Page<String> fruit(String query, int limit) {
        asked.add(query);
        List<String> matches = FRUIT.stream().filter(f -> f.contains(query)).toList();
        return new Page<>(matches.subList(0, Math.min(limit, matches.size())), matches.size());
    }

    @Test
    void refreshShowsTheMatchingRowsAndHowManyMatchInAll() {
        SearchableTableModel<String> model = new SearchableTableModel<>(new InlineTaskRunner(), this::fruit);
        model.queryProperty().set("ap");
        model.refresh();

        assertThat(model.rows()).containsExactly("apple", "apricot");
        assertThat(model.totalProperty().get()).isEqualTo(2);
        assertThat(model.shownProperty().get()).isEqualTo(2);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(asked).containsExactly("ap");
    }

    @Test
    void anAnswerToAnOlderSearchIsDropped() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        SearchableTableModel<String> model = new SearchableTableModel<>(tasks, this::fruit);
        model.queryProperty().set("a");
        model.refresh();
        model.queryProperty().set("cherry");
        model.refresh();

        tasks.finish(1);
        assertThat(model.rows()).containsExactly("cherry");
        tasks.finish(0);
        assertThat(model.rows()).containsExactly("cherry");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aFailedQueryIsReportedAndTheOldRowsStay() {
        boolean[] fail = {false};
        SearchableTableModel<String> model = new SearchableTableModel<>(new InlineTaskRunner(), (query, limit) -> {
            if (fail[0]) {
                throw new IllegalStateException("store closed");
            }
            return fruit(query, limit);
        });
        model.refresh();
        fail[0] = true;
        model.refresh();

        assertThat(model.failureProperty().get()).hasMessage("store closed");
        assertThat(model.rows()).hasSize(4);
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void whileAQueryRunsTheModelSaysItIsLoading() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        SearchableTableModel<String> model = new SearchableTableModel<>(tasks, this::fruit);
        model.refresh();
        assertThat(model.loadingProperty().get()).isTrue();
        tasks.finish(0);
        assertThat(model.loadingProperty().get()).isFalse();
    }
}
