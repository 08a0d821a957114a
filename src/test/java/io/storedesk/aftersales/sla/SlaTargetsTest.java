package io.storedesk.aftersales.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.aftersales.SlaPolicy;
import io.storedesk.aftersales.TicketType;
import io.storedesk.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SlaTargetsTest {

    @Test
    void theDefaultsAreTheSeedsFiguresInMinutes() {
        assertThat(SlaTargets.defaults()).isEqualTo(new SlaTargets(15, 1440, 2880));
        assertThat(SlaTargets.complaints()).isEqualTo(new SlaTargets(15, 4320, 2880));
    }

    @Test
    void theDefaultsMatchTheSeedRowsOfTheMigration() throws IOException {
        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V6__aftersales.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(migration).contains("'DEFAULT', 'Default', 1000, (SELECT id FROM business_calendar WHERE code = "
                + "'ALWAYS'), 15, 1440, 2880)");
        assertThat(migration).contains("'COMPLAINT', 'Complaints', 10, 'COMPLAINT', (SELECT id FROM "
                + "business_calendar WHERE code = 'ALWAYS'),\n        15, 4320, 2880)");
    }

    @Test
    void targetsAreReadFromAPolicyAndANonPositiveTargetIsRefused() {
        SlaPolicy policy = new SlaPolicy(1, "C", "Complaints", 10, TicketType.COMPLAINT, null, null, null, 1, 15,
                4320, null);
        assertThat(SlaTargets.of(policy)).isEqualTo(new SlaTargets(15, 4320, null));
        assertThat(SlaTargets.of(policy).minutes(SlaTarget.FEEDBACK)).isNull();
        assertThatThrownBy(() -> new SlaTargets(0, 60, 60)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStateAndTargetHasANameInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages messages = new Messages(locale);
            for (SlaState state : SlaState.values()) {
                assertThat(messages.has(state.messageKey())).as("%s %s", locale, state).isTrue();
            }
            for (SlaTarget target : SlaTarget.values()) {
                assertThat(messages.has(target.messageKey())).as("%s %s", locale, target).isTrue();
            }
        }
        assertThat(new Messages(Locale.ENGLISH).get(SlaState.WARNING.messageKey())).isEqualTo("Due soon");
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).get(SlaState.WARNING.messageKey())).isEqualTo("即将超时");
    }
}
