package io.storedesk.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.RemoteFault;
import io.storedesk.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChannelSetupTest {

    private static final String SECRET = "shpat_VERY-SECRET-0123456789";
    private static final String KEY = "ck_login_4711";

    private final SyncFixture fixture = new SyncFixture(TestStores.emptyEmbedded());
    private final ChannelSetup channels = fixture.sync.channels();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aTypedSecretIsNowhereInTheStoreOrTheDataDirectoryButSignsIn() throws Exception {
        FakeRemote remote = new FakeRemote();
        ChannelEndpoint added = channels.add(new NewChannel(ChannelKind.MANUAL, "My Shop (EU)", remote.baseUrl + "/",
                null, new NewChannel.Typed(KEY, SECRET), Map.of("locationId", "42")), "anna");

        assertThat(added.channel().code()).isEqualTo("MY-SHOP-EU");
        assertThat(added.baseUrl()).isEqualTo(remote.baseUrl);
        assertThat(added.credentialRef()).startsWith("vault:");
        assertThat(added.credentialSource()).isEqualTo("vault");
        assertThat(added.settings().adapter()).containsEntry("locationId", "42");
        assertThat(channels.test("my shop (eu)").ok()).isFalse(); // the fake wants "good-token"

        StringBuilder dump = new StringBuilder();
        try (Connection c = fixture.services.store().dataSource().getConnection();
             ResultSet rows = c.createStatement().executeQuery("SCRIPT")) {
            while (rows.next()) {
                dump.append(rows.getString(1)).append('\n');
            }
        }
        assertThat(dump).contains("MY-SHOP-EU").doesNotContain(SECRET).doesNotContain(KEY);
        Path dataDirectory = fixture.services.store().config().dataDirectory();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString()).doesNotContain(SECRET).doesNotContain(KEY);
            }
        }
    }

    @Test
    void testingTheConnectionGivesTheRemotesOwnWordsOrOurProblem() {
        FakeRemote remote = new FakeRemote();
        channels.add(new NewChannel(ChannelKind.MANUAL, "Shop", remote.baseUrl, "USD",
                new NewChannel.FromEnvironment(null, "SHOP_TOKEN"), Map.of()), "anna");

        ConnectionCheck unset = channels.test("SHOP");
        assertThat(unset.ok()).isFalse();
        assertThat(unset.problem().messageKey()).isEqualTo("sync.credentials.envMissing");

        fixture.environment.put("SHOP_TOKEN", "wrong");
        ConnectionCheck wrong = channels.test("SHOP");
        assertThat(wrong.fault()).isEqualTo(RemoteFault.Kind.AUTH);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.remoteMessage()).isEqualTo("[API] Invalid API key or access token");

        fixture.environment.put("SHOP_TOKEN", FakeAdapterProvider.GOOD_TOKEN);
        assertThat(channels.test("SHOP").ok()).isTrue();
    }

    @Test
    void badInputIsRefusedAndNothingIsAdded() {
        FakeRemote remote = new FakeRemote();
        assertThatThrownBy(() -> channels.add(new NewChannel(ChannelKind.MANUAL, "Shop", "ftp://example.com", null,
                new NewChannel.NoSignIn(), Map.of()), "anna")).hasMessageContaining("sync.channel.badUrl");
        assertThatThrownBy(() -> channels.add(new NewChannel(ChannelKind.TAOBAO, "Shop", remote.baseUrl, null,
                new NewChannel.NoSignIn(), Map.of()), "anna")).hasMessageContaining("sync.adapter.none");
        channels.add(new NewChannel(ChannelKind.MANUAL, "Shop", remote.baseUrl, null, new NewChannel.NoSignIn(),
                Map.of()), "anna");
        assertThatThrownBy(() -> channels.add(new NewChannel(ChannelKind.MANUAL, "shop", remote.baseUrl, null,
                new NewChannel.NoSignIn(), Map.of()), "anna")).hasMessageContaining("sync.channel.codeTaken");
        assertThat(channels.list()).extracting(e -> e.channel().code()).isEqualTo(List.of("SHOP"));

        channels.remove("Shop", "anna");
        assertThat(channels.list()).isEmpty();
        assertThat(fixture.services.audit().history("channel", "SHOP", 10)).extracting(e -> e.action())
                .containsExactlyInAnyOrder("channel.add", "channel.remove");
    }
}
