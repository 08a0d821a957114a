package io.storedesk.ui.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.security.Permission;
import io.storedesk.ui.InlineTaskRunner;
import io.storedesk.ui.PaneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NotificationsViewModelTest {

    private List<DeskAlert> holding = List.of();
    private final AlertSource source = new AlertSource() {
        @Override
        public Permission permission() {
            return Permission.STOCK_VIEW;
        }

        @Override
        public List<DeskAlert> current() {
            return holding;
        }
    };
    private final NotificationsViewModel model = new NotificationsViewModel(
            new AlertCheck(List.of(source), p -> true), new InlineTaskRunner());
    private final List<List<DeskAlert>> poppedUp = new ArrayList<>();

    private static List<DeskAlert> alerts(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new DeskAlert(PaneId.STOCK, "stock:" + i, "SKU-" + i,
                "notifications.stock.OUT_OF_STOCK", List.of("SKU-" + i, "", "WH"))).toList();
    }

    @Test
    void newAlertsCountAsUnreadComeFirstAndPopUpOnce() {
        model.onNew(poppedUp::add);
        holding = alerts(0, 1);
        model.check();
        holding = alerts(0, 3);
        model.check();
        assertThat(model.unreadProperty().get()).isEqualTo(2);
        assertThat(model.recent()).extracting(DeskAlert::reference).containsExactly("SKU-2", "SKU-1");
        assertThat(poppedUp).hasSize(1);
        assertThat(poppedUp.get(0)).extracting(DeskAlert::reference).containsExactly("SKU-1", "SKU-2");
        model.markAllRead();
        assertThat(model.unreadProperty().get()).isZero();
        assertThat(model.recent()).hasSize(2);
    }

    @Test
    void theListKeepsTheLatestFifty() {
        model.check();
        holding = alerts(0, 60);
        model.check();
        assertThat(model.recent()).hasSize(NotificationsViewModel.KEPT);
        assertThat(model.recent().get(0).reference()).isEqualTo("SKU-59");
        assertThat(model.unreadProperty().get()).isEqualTo(50);
        model.clear();
        assertThat(model.recent()).isEmpty();
    }
}
