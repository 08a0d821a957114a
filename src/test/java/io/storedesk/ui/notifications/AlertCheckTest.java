package io.storedesk.ui.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.security.Permission;
import io.storedesk.ui.PaneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "New since the last check", driven by hand: no window, no timer. */
class AlertCheckTest {

    /** A source whose alerts the test sets before each check. */
    private static final class Held implements AlertSource {

        private final Permission permission;
        private List<DeskAlert> now = List.of();
        private boolean failing;
        private int reads;

        Held(Permission permission) {
            this.permission = permission;
        }

        void holds(DeskAlert... alerts) {
            now = List.of(alerts);
        }

        @Override
        public Permission permission() {
            return permission;
        }

        @Override
        public List<DeskAlert> current() {
            reads++;
            if (failing) {
                throw new IllegalStateException("store busy");
            }
            return now;
        }
    }

    private static DeskAlert alert(PaneId pane, String identity) {
        return new DeskAlert(pane, identity, identity, "notifications.test", List.of(identity));
    }

    private static final DeskAlert OUT_A = alert(PaneId.STOCK, "stock:A");
    private static final DeskAlert OUT_B = alert(PaneId.STOCK, "stock:B");
    private static final DeskAlert LATE_1 = alert(PaneId.AFTERSALES, "sla:1");
    private static final DeskAlert LATE_2 = alert(PaneId.AFTERSALES, "sla:2");

    private final Held stock = new Held(Permission.STOCK_VIEW);
    private final Held tickets = new Held(Permission.AFTERSALES_VIEW);
    private final Set<Permission> granted = EnumSet.of(Permission.STOCK_VIEW, Permission.AFTERSALES_VIEW);
    private final AlertCheck check = new AlertCheck(List.of(stock, tickets), granted::contains);

    @Test
    void theFirstCheckOnlyTakesNoteOfWhatHolds() {
        stock.holds(OUT_A);
        tickets.holds(LATE_1);
        assertThat(check.check()).isEmpty();
        assertThat(check.check()).isEmpty();
    }

    @Test
    void whatAppearsBetweenTwoChecksIsNewOnceInSourceOrder() {
        stock.holds(OUT_A);
        tickets.holds(LATE_1);
        check.check();
        stock.holds(OUT_A, OUT_B);
        tickets.holds(LATE_2, LATE_1);
        assertThat(check.check()).containsExactly(OUT_B, LATE_2);
        assertThat(check.check()).isEmpty();
    }

    @Test
    void aWarningThatClearsAndComesBackIsNewAgain() {
        stock.holds(OUT_A);
        check.check();
        stock.holds();
        assertThat(check.check()).isEmpty();
        stock.holds(OUT_A);
        assertThat(check.check()).containsExactly(OUT_A);
    }

    @Test
    void aRoleHearsOnlyOfWhatItMaySeeAndASourceItGainsStartsAfresh() {
        granted.remove(Permission.STOCK_VIEW);
        stock.holds(OUT_A);
        tickets.holds(LATE_1);
        check.check();
        stock.holds(OUT_A, OUT_B);
        tickets.holds(LATE_1, LATE_2);
        assertThat(check.check()).containsExactly(LATE_2);
        assertThat(stock.reads).isZero();
        // Signed in as someone who sees stock: its first check takes note, the next one tells.
        granted.add(Permission.STOCK_VIEW);
        assertThat(check.check()).isEmpty();
        stock.holds(OUT_A, OUT_B, alert(PaneId.STOCK, "stock:C"));
        assertThat(check.check()).extracting(DeskAlert::identity).containsExactly("stock:C");
    }

    @Test
    void aSourceThatFailsKeepsWhatItKnewAndTheOthersStillTell() {
        stock.holds(OUT_A);
        tickets.holds(LATE_1);
        check.check();
        stock.failing = true;
        tickets.holds(LATE_1, LATE_2);
        assertThat(check.check()).containsExactly(LATE_2);
        stock.failing = false;
        stock.holds(OUT_A, OUT_B);
        assertThat(check.check()).containsExactly(OUT_B);
    }

    @Test
    void theSameAlertTwiceInOneReadIsToldOnce() {
        check.check();
        List<DeskAlert> twice = new ArrayList<>(List.of(OUT_A, OUT_A));
        stock.holds(twice.toArray(DeskAlert[]::new));
        assertThat(check.check()).containsExactly(OUT_A);
    }
}
