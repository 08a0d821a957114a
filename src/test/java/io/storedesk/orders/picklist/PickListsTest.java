package io.storedesk.orders.picklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PickListsTest {

    @Test
    void linesAreGroupedPerWarehouseAndSummedPerSkuWithTheirOrders() {
        List<PickList> lists = PickLists.group(List.of(
                new PickSource("WH-SH", "上海嘉定仓", "1002", "NF01-001-01", "纸尿裤 M", 2),
                new PickSource("WH-GZ", "广州白云仓", "1003", "NF01-001-01", "纸尿裤 M", 1),
                new PickSource("WH-SH", "上海嘉定仓", "1001", "NF01-001-01", "纸尿裤 M", 3),
                new PickSource("WH-SH", "上海嘉定仓", "1001", "FS01-001-04", "米粉", 1),
                // Two lines of one order for the same SKU (a bundle and a single): one order number, 4 units.
                new PickSource("WH-SH", "上海嘉定仓", "1004", "AB02-003-01", "奶瓶", 1),
                new PickSource("WH-SH", "上海嘉定仓", "1004", "AB02-003-01", "奶瓶", 3)));

        assertThat(lists).extracting(PickList::warehouseCode).containsExactly("WH-GZ", "WH-SH");
        PickList shanghai = lists.get(1);
        assertThat(shanghai.warehouseName()).isEqualTo("上海嘉定仓");
        assertThat(shanghai.lines()).containsExactly(
                new PickLine("AB02-003-01", "奶瓶", 4, List.of("1004")),
                new PickLine("FS01-001-04", "米粉", 1, List.of("1001")),
                new PickLine("NF01-001-01", "纸尿裤 M", 5, List.of("1001", "1002")));
        assertThat(shanghai.units()).isEqualTo(10);
        assertThat(shanghai.orders()).isEqualTo(3);
        assertThat(lists.get(0).lines()).containsExactly(new PickLine("NF01-001-01", "纸尿裤 M", 1, List.of("1003")));
    }

    @Test
    void nothingToPickIsNoList() {
        assertThat(PickLists.group(List.of())).isEmpty();
    }
}
