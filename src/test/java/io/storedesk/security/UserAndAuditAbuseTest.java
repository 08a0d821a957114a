package io.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.testing.TestStores;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** User names shown and the audit-log filter with SQL metacharacters, over-long and broken text. */
class UserAndAuditAbuseTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private final Services services = TestStores.emptyInMemory();

    @BeforeEach
    void aPlainUser() {
        services.users().add(new NewUser("plain", "Plain Person", Role.OPERATOR), null);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "\"", ";", "--", "%", "_", "\\", "' OR '1'='1", "x'); DROP TABLE sku; --"})
    void aNameShownWithMetacharactersIsStoredAsTypedAndTheAuditFilterFindsOnlyIt(String typed) {
        services.users().add(new NewUser("odd", "Odd " + typed, Role.OPERATOR), null);

        assertThat(services.users().find("odd").displayName()).isEqualTo("Odd " + typed);
        AuditTrail trail = services.auditTrail();
        assertThat(trail.page(trail.filter(null, null, null, null, null, typed), 0, 10).entries())
                .extracting(AuditEntry::entityId).containsExactly("odd");
        assertThat(services.users().list()).extracting(UserAccount::username).contains("plain", "odd");
        assertThat(services.auditTrail().verify().intact()).isTrue();
    }

    @Test
    void anOverLongNameShownIsRefusedWithTheLimitAndNoUserIsAdded() {
        assertThatThrownBy(() -> services.users().add(new NewUser("long", "n".repeat(101), Role.OPERATOR), null))
                .isInstanceOf(RefusedInputException.class)
                .satisfies(e -> assertThat(ENGLISH.describe((RefusedInputException) e)).contains("100"));
        assertThat(services.users().list()).extracting(UserAccount::username).doesNotContain("long");
    }

    @Test
    void aLoneSurrogateInANameShownIsRefusedAndInTheAuditFilterFindsNothing() {
        assertThatThrownBy(() -> services.users().add(new NewUser("half", "Half \uD83D", Role.OPERATOR), null))
                .isInstanceOf(RefusedInputException.class)
                .satisfies(e -> assertThat(ENGLISH.describe((RefusedInputException) e))
                        .startsWith("The name shown holds a broken character"));
        AuditTrail trail = services.auditTrail();
        assertThat(trail.page(trail.filter(null, null, null, null, null, "Plain\uDC00"), 0, 10).entries()).isEmpty();
        assertThat(trail.page(trail.filter(null, null, null, null, null, "Plain"), 0, 10).entries())
                .extracting(AuditEntry::entityId).containsExactly("plain");
    }
}
