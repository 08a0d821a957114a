package io.storedesk.dashboard.snapshot.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.security.AccessDeniedException;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.CjkFonts;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import io.storedesk.ui.Notice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DashboardSnapshotViewModelTest {

    private final List<Notice> notices = new ArrayList<>();

    @Test
    void theHeaderSaysTheShopThePeriodAndTheFiltersOrThatThereAreNone() throws Exception {
        Services demo = TestStores.sharedDemo();
        DashboardSnapshotViewModel model = new DashboardSnapshotViewModel(demo.dashboardSnapshots(), () -> "Bebele",
                new InlineTaskRunner(), notices::add);
        Path filtered = TestStores.newDirectory().resolve("filtered.pdf");
        Path all = TestStores.newDirectory().resolve("all.pdf");

        model.print(filtered, new DashboardSnapshotViewModel.Drawn("Nov 1 – Nov 20", List.of("TMALL", "WH-SH"), 2, 2,
                new int[] {-1, 0, 0, -1}), Locale.ENGLISH);
        model.print(all, new DashboardSnapshotViewModel.Drawn("Nov 1 – Nov 20", List.of(), 2, 2,
                new int[4]), Locale.ENGLISH);

        assertThat(text(filtered)).contains("Dashboard · Bebele", "Period: Nov 1 – Nov 20", "Filters: TMALL · WH-SH");
        assertThat(text(all)).contains("Filters: all channels, warehouses, categories and provinces");
        // Without a CJK font on the machine the files are still written, and the notice says they lack the Chinese.
        assertThat(notices).extracting(n -> n.message().key()).containsOnly(
                CjkFonts.installedForPdf() ? "snapshot.done"
                        : "snapshot.doneWithoutChinese");
    }

    @Test
    void withoutTheExportRightNothingIsWrittenAndTheNoticeSaysWhy() {
        try (Services services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
                TestStores.DEMO_CLOCK)) {
            services.access().switchTo(new Principal("a", "Agent", Role.AGENT), Set.of());
            DashboardSnapshotViewModel model = new DashboardSnapshotViewModel(services.dashboardSnapshots(),
                    () -> "Bebele", new InlineTaskRunner(), notices::add);
            Path file = TestStores.newDirectory().resolve("denied.pdf");

            model.print(file, new DashboardSnapshotViewModel.Drawn("p", List.of(), 1, 1, new int[1]), Locale.ENGLISH);

            assertThat(file).doesNotExist();
            assertThat(notices).singleElement().satisfies(n -> assertThat(n.failure())
                    .isInstanceOf(AccessDeniedException.class));
        }
    }

    private static String text(Path file) throws Exception {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
