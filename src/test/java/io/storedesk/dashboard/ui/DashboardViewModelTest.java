package io.storedesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.dashboard.DailySales;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {

    @Test
    void loadsTheLastThirtyDaysOfTheDemoShopAndFiltersByChannel() {
        DashboardViewModel model = new DashboardViewModel(TestStores.sharedDemo().dashboard(), new InlineTaskRunner());
        model.refresh();

        assertThat(model.overviewProperty().get().period().last()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(model.overviewProperty().get().current().orders()).isGreaterThan(3_000);
        int all = model.shownDays().size();
        assertThat(all).isEqualTo(model.days().size()).isGreaterThan(100);

        model.queryProperty().set("京东");
        assertThat(model.shownDays()).isNotEmpty().allMatch(d -> d.channel().contains("京东"));
        assertThat(model.shownDays().size()).isLessThan(all);

        model.queryProperty().set("2026-11-20");
        assertThat(model.shownDays()).extracting(DailySales::day).containsOnly(LocalDate.of(2026, 11, 20));

        model.queryProperty().set("");
        assertThat(model.shownDays()).hasSize(all);
    }
}
