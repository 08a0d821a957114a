package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.security.SignIn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/** A locked desk reads nothing; every sign-in or switch reads again and re-binds the rights. */
class SignedInWorkTest {

    private final Access access = Access.of(SignIn.NOBODY, Set.of());
    private final List<String> reads = new ArrayList<>();

    private final class CountingPane implements PaneView {

        private final String name;

        CountingPane(String name) {
            this.name = name;
        }

        @Override
        public Node node() {
            return null;
        }

        @Override
        public void shown() {
            reads.add(name);
        }
    }

    @Test
    void nothingIsReadBehindTheLockAndEverythingAgainAfterEachSignIn() {
        SignedInWork work = new SignedInWork(access, Runnable::run);
        RoleRights rights = new RoleRights();
        RoleRights.follow(access, Runnable::run, rights);
        work.load(() -> reads.add("summary"));
        PaneView orders = work.pane(new CountingPane("orders"), () -> reads.add("orders count"));
        PaneView catalog = work.pane(new CountingPane("catalog"));
        work.pane(new CountingPane("dashboard"));
        catalog.shown();
        work.startBadgeReads();
        assertThat(reads).as("locked at start").isEmpty();
        assertThat(rights.allows(Permission.CATALOG_EDIT).get()).isFalse();

        access.switchTo(new Principal("anna", "Anna", Role.OPERATOR), EnumSet.of(Permission.CATALOG_EDIT));
        assertThat(reads).as("the summary, the count of the pane with a badge, and the pane on screen")
                .containsExactly("summary", "orders count", "catalog");
        assertThat(rights.allows(Permission.CATALOG_EDIT).get()).isTrue();

        reads.clear();
        access.switchTo(SignIn.NOBODY, Set.of());
        orders.shown();
        assertThat(reads).as("signed out: the lock screen covers the panes").isEmpty();
        assertThat(rights.allows(Permission.CATALOG_EDIT).get()).isFalse();

        access.switchTo(new Principal("bo", "Bo", Role.AGENT), EnumSet.of(Permission.ORDERS_VIEW));
        assertThat(reads).as("orders is on screen now and reads in full, once").containsExactly("summary", "orders");
        assertThat(rights.allows(Permission.ORDERS_VIEW).get()).isTrue();
        assertThat(rights.allows(Permission.CATALOG_EDIT).get()).isFalse();
    }

    @Test
    void anUnclaimedDeskReadsThePaneOnScreenFirstAndTheCountsWhenTold() {
        Access owner = Access.localOwner("desk");
        SignedInWork work = new SignedInWork(owner, Runnable::run);
        work.load(() -> reads.add("summary"));
        work.pane(new CountingPane("stock"), () -> reads.add("stock count")).shown();
        work.pane(new CountingPane("orders"), () -> reads.add("orders count"));
        assertThat(reads).as("before the pane on screen has its data").containsExactly("summary", "stock");

        work.startBadgeReads();
        assertThat(reads).as("the pane on screen has read in full already")
                .containsExactly("summary", "stock", "orders count");
    }
}
