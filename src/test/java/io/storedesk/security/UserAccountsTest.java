package io.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.testing.TestStores;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAccountsTest {

    private Services services;
    private SecurityFixture f;

    @BeforeEach
    void openStore() {
        services = TestStores.emptyInMemory();
        f = new SecurityFixture(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theFirstAdministratorClaimsTheStoreOnceAndTheDeskWorksAsThem() {
        assertThat(f.users.isClaimed()).isFalse();

        UserAccount admin = f.users.claim("boss", "Wang Boss", "boss-password");

        assertThat(f.users.isClaimed()).isTrue();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.hasPassword()).isTrue();
        assertThat(f.access.principal()).isEqualTo(new Principal("boss", "Wang Boss", Role.ADMIN));
        assertThatThrownBy(() -> f.users.claim("other", "Other", "other-password"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.users.alreadyClaimed"));
        assertThat(f.userRepository.account("other")).isEmpty();
    }

    @Test
    void aPasswordShorterThanEightOrEqualToTheUserNameIsRefused() {
        assertThat(refusal(() -> f.users.claim("boss", "", "short7!"))).isEqualTo("security.users.passwordTooShort");
        assertThat(refusal(() -> f.users.claim("longusername", "", "LongUserName")))
                .isEqualTo("security.users.passwordIsUsername");
        assertThat(f.users.isClaimed()).isFalse();
    }

    @Test
    void anOperatorMayNotAddAUser() {
        f.users.claim("boss", "Boss", "boss-password");
        f.users.add(new NewUser("op", "Operator", Role.OPERATOR), "operator-pass");
        f.signIn.signIn("op", "operator-pass");

        assertThatThrownBy(() -> f.users.add(new NewUser("sneaky", "Sneaky", Role.ADMIN), "sneaky-pass"))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.USERS));
        assertThat(f.userRepository.account("sneaky")).isEmpty();
    }

    @Test
    void aRoleChangeAgainstAStaleVersionIsAConflictAndChangesNothing() {
        f.users.claim("boss", "Boss", "boss-password");
        UserAccount seen = f.users.add(new NewUser("lina", "Li Na", Role.AGENT), null);
        f.users.changeRole("lina", Role.OPERATOR, seen.version());

        assertThat(refusal(() -> f.users.changeRole("lina", Role.WAREHOUSE, seen.version())))
                .isEqualTo("security.users.conflict");
        assertThat(f.userRepository.account("lina").orElseThrow().role()).isEqualTo(Role.OPERATOR);
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfterButNeverTheHash() {
        f.users.claim("boss", "Boss", "boss-password");
        UserAccount lina = f.users.add(new NewUser("lina", "Li Na", Role.AGENT), "agent-password");
        f.users.changeRole("lina", Role.OPERATOR, lina.version());

        List<AuditEntry> history = f.audit.history("user", "lina", 10);
        assertThat(history).extracting(AuditEntry::action).containsExactly("user.role", "user.add");
        AuditEntry roleChange = history.get(0);
        assertThat(roleChange.user()).isEqualTo("boss");
        assertThat(roleChange.before()).containsEntry("role", "AGENT");
        assertThat(roleChange.after()).containsEntry("role", "OPERATOR");
        assertThat(history).allSatisfy(e -> assertThat(e.before().toString() + e.after()).doesNotContain("argon2"));
        assertThat(f.audit.verify().intact()).isTrue();
    }

    @Test
    void theLastAdministratorWhoCanSignInCannotBeDemotedOrDeactivated() {
        UserAccount boss = f.users.claim("boss", "Boss", "boss-password");

        assertThat(refusal(() -> f.users.changeRole("boss", Role.MANAGER, boss.version())))
                .isEqualTo("security.users.lastAdministrator");
        assertThat(refusal(() -> f.users.deactivate("boss", boss.version())))
                .isEqualTo("security.users.lastAdministrator");
        assertThat(f.users.isClaimed()).isTrue();
    }

    @Test
    void changingOnesOwnPasswordNeedsTheOldOne() {
        f.users.claim("boss", "Boss", "boss-password");
        f.users.add(new NewUser("lina", "Li Na", Role.AGENT), "agent-password");
        f.signIn.signIn("lina", "agent-password");

        assertThat(refusal(() -> f.users.changeOwnPassword("not-it", "new-password")))
                .isEqualTo("security.users.oldPasswordWrong");
        f.users.changeOwnPassword("agent-password", "new-password");

        f.signIn.signOut();
        assertThat(f.signIn.signIn("lina", "new-password").username()).isEqualTo("lina");
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (RefusedInputException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }
}
