package io.storedesk.orders.picklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.common.pdf.PrintedFile;
import io.storedesk.testing.TestStores;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** On the demo shop: its routed orders' open parcels become pick lists, and their PDF holds every SKU. */
class PickListExportTest {

    private final Services demo = TestStores.sharedDemo();

    @Test
    void everyRoutedOrderIsPickedFromTheWarehouseOfItsParcel() throws Exception {
        List<PickList> lists = demo.pickLists().pickLists(List.of());

        assertThat(lists).isNotEmpty();
        Path file = TestStores.newDirectory().resolve("all.pdf");
        PrintedFile printed = demo.pickLists().export(file, List.of(), Locale.ENGLISH);

        assertThat(printed.pages()).isGreaterThanOrEqualTo(lists.size());
        String text = String.join("\n", PickListPdfTest.pages(file));
        for (PickList list : lists) {
            assertThat(text).contains("Pick list · " + list.warehouseCode());
            list.lines().forEach(line -> assertThat(text).contains(line.skuCode()));
        }
    }

    @Test
    void ordersWithNothingToPickAreRefusedAndNothingIsWritten() {
        Path file = TestStores.newDirectory().resolve("none.pdf");
        long shipped = -1; // no such order: nothing routed among those asked for

        assertThat(demo.pickLists().pickLists(List.of(shipped))).isEmpty();
        assertThatThrownBy(() -> demo.pickLists().export(file, List.of(shipped), Locale.ENGLISH))
                .isInstanceOf(RefusedInputException.class)
                .satisfies(e -> assertThat(((RefusedInputException) e).messageKey()).isEqualTo("picklist.empty"));
        assertThat(file).doesNotExist();
    }
}
