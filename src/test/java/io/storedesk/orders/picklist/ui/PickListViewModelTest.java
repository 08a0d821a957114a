package io.storedesk.orders.picklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Permission;
import io.storedesk.testing.CjkFonts;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import io.storedesk.ui.Notice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PickListViewModelTest {

    private final Services demo = TestStores.sharedDemo();
    private final List<Notice> notices = new ArrayList<>();
    private final PickListViewModel model = new PickListViewModel(demo.pickLists(), new InlineTaskRunner(),
            notices::add);

    @Test
    void printingEveryRoutedOrderSaysWhereTheFileIsAndHowManyPages() {
        Path file = TestStores.newDirectory().resolve("pick.pdf");

        model.print(file, List.of(), Locale.ENGLISH);

        assertThat(file).exists();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.isProblem()).isFalse();
            // Without a CJK font on the machine the file is still written, and the notice says it lacks the Chinese.
            assertThat(n.message().key()).isEqualTo(CjkFonts.installedForPdf()
                    ? "picklist.done" : "picklist.doneWithoutChinese");
            assertThat(n.message().arguments()[0]).isEqualTo("pick.pdf");
            assertThat((int) n.message().arguments()[1]).isPositive();
        });
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void nothingToPickIsAProblemNoticeAndTheButtonIsFreeAgain() {
        model.print(TestStores.newDirectory().resolve("none.pdf"), List.of(-1L), Locale.ENGLISH);

        assertThat(notices).singleElement().satisfies(n -> assertThat(n.failure())
                .isInstanceOf(RefusedInputException.class));
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theButtonFollowsTheExportRight() {
        model.rights().update(EnumSet.of(Permission.ORDERS_VIEW));
        assertThat(model.canPrintProperty().get()).isFalse();
        model.rights().update(EnumSet.of(Permission.ORDERS_VIEW, Permission.EXPORT));
        assertThat(model.canPrintProperty().get()).isTrue();
    }
}
