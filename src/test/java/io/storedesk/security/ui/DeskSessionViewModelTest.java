package io.storedesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.security.NewUser;
import io.storedesk.security.Permission;
import io.storedesk.security.Role;
import io.storedesk.testing.MovingClock;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lock screen's and the person menu's state, without a window: inline tasks, a clock moved by hand. */
class DeskSessionViewModelTest {

    private Services services;
    private final MovingClock clock = new MovingClock(Instant.parse("2025-03-01T02:00:00Z"));
    private final InlineTaskRunner tasks = new InlineTaskRunner();

    @BeforeEach
    void openStore() {
        services = TestStores.emptyInMemory();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private DeskSessionViewModel session() {
        DeskSessionViewModel session = new DeskSessionViewModel(services.access(), services.signIn(), tasks,
                services.users()::isClaimed, () -> Duration.ofMinutes(15), clock, Runnable::run);
        session.refresh();
        return session;
    }

    @Test
    void anUnclaimedStoreOpensUnlockedAndOffersToSetUpSignIn() {
        DeskSessionViewModel session = session();

        assertThat(session.lockedProperty().get()).isFalse();
        assertThat(session.claimedProperty().get()).isFalse();
        assertThat(session.mayManageUsersProperty().get()).isTrue();
        clock.advance(Duration.ofHours(2));
        session.checkIdle();
        assertThat(session.lockedProperty().get()).isFalse();
    }

    @Test
    void signingInUnlocksAndTheIdleTimeoutLocksAgainOfferingTheSamePerson() {
        services.users().claim("boss", "Boss", "boss-password");
        services.users().add(new NewUser("lina", "Li Na", Role.AGENT), "agent-password");
        services.signIn().signOut();
        DeskSessionViewModel session = session();
        SignInViewModel form = new SignInViewModel(services.signIn(), tasks);
        assertThat(session.lockedProperty().get()).isTrue();

        form.usernameProperty().set("lina");
        form.passwordProperty().set("wrong-password");
        form.signIn();
        assertThat(form.failureProperty().get()).hasMessageContaining("security.auth.wrong");
        assertThat(session.lockedProperty().get()).isTrue();

        form.passwordProperty().set("agent-password");
        form.signIn();
        assertThat(form.passwordProperty().get()).isEmpty();
        assertThat(session.lockedProperty().get()).isFalse();
        assertThat(session.principalProperty().get().displayName()).isEqualTo("Li Na");
        assertThat(session.mayManageUsersProperty().get()).isFalse();

        clock.advance(Duration.ofMinutes(14));
        session.touched();
        clock.advance(Duration.ofMinutes(14));
        session.checkIdle();
        assertThat(session.lockedProperty().get()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        session.checkIdle();
        assertThat(session.lockedProperty().get()).isTrue();
        assertThat(services.access().allows(Permission.AFTERSALES_VIEW)).isFalse();
        assertThat(session.lastUsername()).isEqualTo("lina");
    }

    @Test
    void settingUpSignInCreatesTheAdministratorAndTheMenuThenOffersSignOut() {
        DeskSessionViewModel session = session();
        ClaimStoreViewModel claim = new ClaimStoreViewModel(services.users(), tasks);
        claim.usernameProperty().set("boss");
        claim.passwordProperty().set("boss-password");
        claim.repeatProperty().set("boss-passwore");
        claim.save();
        assertThat(claim.failureProperty().get()).hasMessageContaining("security.users.passwordsDiffer");

        claim.repeatProperty().set("boss-password");
        claim.save();
        session.claimedNow();

        assertThat(claim.createdProperty().get().username()).isEqualTo("boss");
        assertThat(session.claimedProperty().get()).isTrue();
        assertThat(session.principalProperty().get().username()).isEqualTo("boss");
        assertThat(session.lockedProperty().get()).isFalse();
    }
}
