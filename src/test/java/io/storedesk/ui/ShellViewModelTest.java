package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    @Test
    void summaryComesFromTheStoreInTheBackground() {
        ShellViewModel model = new ShellViewModel(new InlineTaskRunner(),
                () -> new DeskSummary("贝贝乐母婴旗舰店", 870, 29_000, 57), Path.of("/data"));
        assertThat(model.summaryProperty().get().skus()).isZero();
        model.refreshSummary();
        assertThat(model.summaryProperty().get()).isEqualTo(new DeskSummary("贝贝乐母婴旗舰店", 870, 29_000, 57));
    }

    @Test
    void theCatalogIsShownFirst() {
        ShellViewModel model = new ShellViewModel(new InlineTaskRunner(), () -> null, Path.of("/data"));
        assertThat(model.selectedPaneProperty().get()).isEqualTo(PaneId.CATALOG);
    }
}
