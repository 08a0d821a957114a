package io.storedesk.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.sync.ChannelKind;
import io.storedesk.testing.TestStores;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Channel names with SQL metacharacters are kept as typed; broken text is refused. */
class ChannelNameAbuseTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private final SyncFixture fixture = new SyncFixture(TestStores.emptyEmbedded());
    private final ChannelSetup channels = fixture.sync.channels();

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "\"", ";", "--", "%", "_", "\\", "' OR '1'='1", "x'); DROP TABLE sku; --"})
    void aChannelNameWithMetacharactersIsStoredAndFoundAsTyped(String typed) {
        ChannelEndpoint added = channels.add(channel("Shop " + typed), "anna");

        assertThat(added.channel().name()).isEqualTo("Shop " + typed);
        assertThat(channels.find("Shop " + typed).channel().code()).isEqualTo(added.channel().code());
        assertThat(channels.list()).hasSize(1);
    }

    @Test
    void aChannelNameWithALoneSurrogateIsRefusedAndNothingIsAdded() {
        assertThatThrownBy(() -> channels.add(channel("Shop \uDC00"), "anna"))
                .isInstanceOf(RefusedInputException.class)
                .satisfies(e -> assertThat(ENGLISH.describe((RefusedInputException) e))
                        .startsWith("The channel name holds a broken character"));
        assertThat(channels.list()).isEmpty();
    }

    @Test
    void anOverLongChannelNameIsRefusedWithTheLimit() {
        assertThatThrownBy(() -> channels.add(channel("s".repeat(101)), "anna"))
                .isInstanceOf(RefusedInputException.class)
                .satisfies(e -> assertThat(ENGLISH.describe((RefusedInputException) e)).contains("1 to 100"));
        assertThat(channels.list()).isEmpty();
    }

    private static NewChannel channel(String name) {
        return new NewChannel(ChannelKind.MANUAL, name, "http://127.0.0.1:9/", null, new NewChannel.NoSignIn(),
                Map.of());
    }
}
