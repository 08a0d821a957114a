package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.engine.FakeRemote;
import io.storedesk.sync.outbox.OutboxStatus;
import io.storedesk.sync.remote.FulfilmentPush;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** storedesk channel add / list / test and storedesk sync --json against the test adapter (kind MANUAL). */
class SyncCommandTest {

    private final Path store = TestStores.newDirectory();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static Services session(String dir) {
        return new Services(Store.open(StoreConfig.embedded(Path.of(dir))), TestStores.DEMO_CLOCK);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.create(dir -> { }, SyncCommandTest::session, new PrintWriter(out, true), new PrintWriter(err, true),
                Locale.ENGLISH).execute(args);
    }

    @Test
    void aChannelAddedByTheCommandLineSyncsAndReportsJson() throws Exception {
        FakeRemote remote = new FakeRemote().pushing(PushKind.FULFILMENT);
        // PATH is set wherever tests run; the fake adapter only checks the token in checkConnection.
        assertThat(run("channel", "add", "--data-dir", store.toString(), "--kind", "manual", "--name", "Test Shop",
                "--base-url", remote.baseUrl, "--token-env", "PATH", "--setting", "locationId=7")).as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Channel TEST-SHOP added (MANUAL");

        assertThat(run("channel", "list", "--data-dir", store.toString(), "--json")).isZero();
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertThat(list.get(0).path("credentials").asText()).isEqualTo("env:PATH");

        try (Services services = session(store.toString())) {
            long channel = services.sync().channels().find("TEST-SHOP").channel().id();
            services.store().inTransaction(() -> services.sync().outbox().enqueue(channel, new FulfilmentPush(
                    "fulfilment-9", "1001", "SF Express", "SF123", List.of()), "shipment:9", OutboxStatus.PENDING));
        }

        int exit = run("sync", "--data-dir", store.toString(), "--channel", "Test Shop", "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode runs = new ObjectMapper().readTree(out.toString()).path("runs");
        assertThat(runs).hasSize(1);
        JsonNode run = runs.get(0);
        assertThat(run.path("channel").asText()).isEqualTo("TEST-SHOP");
        assertThat(run.path("status").asText()).isEqualTo("OK");
        assertThat(run.path("pushed").path("FULFILMENT").path("pushed").asInt()).isEqualTo(1);
        assertThat(run.path("retries").asInt()).isZero();
        assertThat(run.path("rateLimited").asInt()).isZero();
        assertThat(run.path("errors")).isEmpty();
        assertThat(run.has("durationMillis")).isTrue();
        assertThat(remote.keysReceived).containsExactly("fulfilment-9");
    }

    @Test
    void refusalsExitWithTwoAndSayWhy() {
        assertThat(run("channel", "add", "--data-dir", store.toString(), "--kind", "ebay", "--name", "X",
                "--base-url", "https://x.test")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("\"ebay\" is not a channel kind");
        assertThat(run("channel", "add", "--data-dir", store.toString(), "--kind", "manual", "--name", "X",
                "--base-url", "x.test")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("is not a web address");
        assertThat(run("sync", "--data-dir", store.toString(), "--channel", "nope")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("There is no channel \"nope\"");
    }
}
