package io.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.storedesk.common.Messages;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A refusal names the person and their role; at a locked desk it just asks to sign in. */
class AccessDeniedMessageTest {

    @Test
    void nobodySignedInIsAskedToSignIn() {
        Access locked = Access.of(SignIn.NOBODY, Set.of());

        AccessDeniedException denied = catchThrowableOfType(() -> locked.require(Permission.PRICE_CHANGE),
                AccessDeniedException.class);

        assertThat(new Messages(Locale.ENGLISH).describe(denied)).isEqualTo("Sign in to do this.");
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).describe(denied)).isEqualTo("请先登录再执行此操作。");
        assertThat(denied.permission()).isEqualTo(Permission.PRICE_CHANGE);
    }

    @Test
    void aSignedInPersonIsToldWhichRightTheirRoleLacks() {
        Access agent = Access.of(new Principal("mei", "Li Mei", Role.AGENT), EnumSet.of(Permission.ORDERS_VIEW));

        AccessDeniedException denied = catchThrowableOfType(() -> agent.require(Permission.PRICE_CHANGE),
                AccessDeniedException.class);

        assertThat(new Messages(Locale.ENGLISH).describe(denied)).startsWith("Li Mei (")
                .endsWith("Ask an administrator to change the role's permissions.");
    }
}
