package io.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.testing.TestStores;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInTest {

    private Services services;
    private SecurityFixture f;

    @BeforeEach
    void claimAStoreAndAddAnAgent() {
        services = TestStores.emptyInMemory();
        f = new SecurityFixture(services);
        f.users.claim("boss", "Wang Boss", "boss-password");
        f.users.add(new NewUser("lina", "Li Na", Role.AGENT), "agent-password");
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theRightPasswordSignsInWithTheRolesPermissionsAndRecordsTheTime() {
        f.signIn.signOut();
        assertThat(f.access.allows(Permission.ORDERS_VIEW)).isFalse();

        Principal agent = f.signIn.signIn(" lina ", "agent-password");

        assertThat(agent).isEqualTo(new Principal("lina", "Li Na", Role.AGENT));
        assertThat(f.access.principal()).isEqualTo(agent);
        assertThat(f.access.allows(Permission.AFTERSALES_EDIT)).isTrue();
        assertThat(f.access.allows(Permission.ORDERS_EDIT)).isFalse();
        assertThat(f.userRepository.account("lina").orElseThrow().lastLoginAt()).isEqualTo(f.clock.instant());
    }

    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameAnswer() {
        assertThat(refusal("nobody-here", "agent-password")).isEqualTo("security.auth.wrong");
        assertThat(refusal("lina", "wrong-password")).isEqualTo("security.auth.wrong");
    }

    @Test
    void fiveWrongPasswordsLockForAMinuteThenEachFurtherOneDoublesUpToAnHourAndTheRightOneResets() {
        for (int i = 1; i <= 4; i++) {
            assertThat(refusal("lina", "wrong-" + i)).isEqualTo("security.auth.wrong");
        }
        // 02:00 UTC is 10:00 in Shanghai: the message says the shop's time.
        assertLockedUntil("wrong-5", "2025-03-01 10:01:00");
        // While locked even the right password is refused, and the try does not count.
        assertLockedUntil("agent-password", "2025-03-01 10:01:00");

        long[] expectedMinutes = {2, 4, 8, 16, 32, 60, 60};
        Duration lock = Duration.ofMinutes(1);
        for (long minutes : expectedMinutes) {
            f.clock.advance(lock);
            Instant until = f.clock.instant().plus(Duration.ofMinutes(minutes));
            assertThat(thrown("lina", "still-wrong")).satisfies(e -> {
                assertThat(e.messageKey()).isEqualTo("security.auth.locked");
                assertThat(e.arguments()[1]).isEqualTo(shanghai(until));
            });
            lock = Duration.ofMinutes(minutes);
        }
        assertThat(f.userRepository.account("lina").orElseThrow().lockedUntil())
                .isEqualTo(f.clock.instant().plus(Duration.ofHours(1)));

        f.clock.advance(Duration.ofHours(1));
        f.signIn.signIn("lina", "agent-password");
        assertThat(f.userRepository.account("lina").orElseThrow().lockedUntil()).isNull();
        // The count starts again: one wrong password after a success is just wrong.
        assertThat(refusal("lina", "wrong-again")).isEqualTo("security.auth.wrong");
    }

    @Test
    void aDeactivatedUserAndOneWithoutAPasswordCannotSignIn() {
        f.users.deactivate("lina", f.userRepository.account("lina").orElseThrow().version());
        f.users.add(new NewUser("zhou", "Zhou", Role.WAREHOUSE), null);

        assertThat(refusal("lina", "agent-password")).isEqualTo("security.auth.deactivated");
        assertThat(refusal("zhou", "")).isEqualTo("security.auth.wrong");
        assertThat(refusal("zhou", "anything-at-all")).isEqualTo("security.auth.wrong");
    }

    @Test
    void signingOutLeavesTheDeskWithNoPermissionAtAll() {
        f.signIn.signIn("boss", "boss-password");
        f.signIn.signOut();

        assertThat(f.signIn.isSignedIn()).isFalse();
        for (Permission permission : Permission.values()) {
            assertThat(f.access.allows(permission)).as(permission.name()).isFalse();
        }
        assertThatThrownBy(() -> f.access.require(Permission.CATALOG_VIEW)).isInstanceOf(AccessDeniedException.class);
    }

    private void assertLockedUntil(String password, String shopTime) {
        RefusedInputException e = thrown("lina", password);
        assertThat(e.messageKey()).isEqualTo("security.auth.locked");
        assertThat(e.arguments()).containsExactly("lina", shopTime);
    }

    private static String shanghai(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(at.atZone(java.time.ZoneId.of("Asia/Shanghai")));
    }

    private String refusal(String user, String password) {
        return thrown(user, password).messageKey();
    }

    private RefusedInputException thrown(String user, String password) {
        try {
            f.signIn.signIn(user, password);
        } catch (RefusedInputException e) {
            return e;
        }
        throw new AssertionError("signed in as " + user);
    }
}
