package io.storedesk.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.search.SearchHit;
import io.storedesk.search.SearchHit.Kind;
import io.storedesk.testing.ManualTaskRunner;
import io.storedesk.ui.InlineTaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobalSearchViewModelTest {

    private static final SearchHit SKU = new SearchHit(Kind.SKU, 1, "NF01-001-01", "NF01-001-01", "Milk", null);
    private static final SearchHit ORDER_1 = new SearchHit(Kind.ORDER, 7, "326001", "326001", "Tmall", null);
    private static final SearchHit ORDER_2 = new SearchHit(Kind.ORDER, 8, "326002", "326002", "Tmall", null);
    private static final SearchHit TICKET = new SearchHit(Kind.TICKET, 3, "AS1", "AS1", "Late", null);

    private final List<SearchHit> opened = new ArrayList<>();

    private GlobalSearchViewModel model(List<SearchHit> hits) {
        GlobalSearchViewModel model = new GlobalSearchViewModel(text -> hits, new InlineTaskRunner());
        model.onOpen(opened::add);
        return model;
    }

    @Test
    void theFirstHitIsChosenAndTheArrowsMoveWithinTheList() {
        GlobalSearchViewModel model = model(List.of(SKU, ORDER_1, ORDER_2, TICKET));
        model.textProperty().set("32");
        model.search();
        assertThat(model.selectedProperty().get()).isEqualTo(SKU);
        model.move(1);
        model.move(1);
        assertThat(model.selectedProperty().get()).isEqualTo(ORDER_2);
        model.move(5);
        assertThat(model.selectedProperty().get()).isEqualTo(TICKET);
        model.move(-9);
        assertThat(model.selectedProperty().get()).isEqualTo(SKU);
    }

    @Test
    void enterOpensTheChosenHit() {
        GlobalSearchViewModel model = model(List.of(SKU, ORDER_1));
        model.search();
        model.move(1);
        assertThat(model.open()).isTrue();
        assertThat(opened).containsExactly(ORDER_1);
    }

    @Test
    void nothingFoundOpensNothing() {
        GlobalSearchViewModel model = model(List.of());
        model.search();
        assertThat(model.open()).isFalse();
        assertThat(opened).isEmpty();
    }

    @Test
    void eachKindIsHeadedOnceAtItsFirstHit() {
        GlobalSearchViewModel model = model(List.of(SKU, ORDER_1, ORDER_2, TICKET));
        model.search();
        assertThat(List.of(0, 1, 2, 3).stream().map(model::startsKind).toList())
                .containsExactly(true, true, false, true);
    }

    @Test
    void anAnswerToOlderTextIsDropped() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        GlobalSearchViewModel model = new GlobalSearchViewModel(text -> text.equals("32") ? List.of(ORDER_1)
                : List.of(SKU), tasks);
        model.textProperty().set("32");
        model.search();
        model.textProperty().set("NF");
        model.search();
        assertThat(model.searchingProperty().get()).isTrue();
        // The newer answer first, then the older one, which must not replace it.
        tasks.finish(1);
        tasks.finish(0);
        assertThat(model.hits()).containsExactly(SKU);
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void aFailedSearchSaysSoAndShowsNoHits() {
        GlobalSearchViewModel model = new GlobalSearchViewModel(text -> {
            throw new IllegalStateException("store closed");
        }, new InlineTaskRunner());
        model.search();
        assertThat(model.failureProperty().get()).hasMessage("store closed");
        assertThat(model.hits()).isEmpty();
    }

    @Test
    void resetClearsTextAndHitsForTheNextOpening() {
        GlobalSearchViewModel model = model(List.of(SKU));
        model.textProperty().set("NF");
        model.search();
        model.reset();
        assertThat(model.textProperty().get()).isEmpty();
        assertThat(model.hits()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }
}
