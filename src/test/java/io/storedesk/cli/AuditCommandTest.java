package io.storedesk.cli;

import static io.storedesk.store.schema.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.security.AuditLog;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** audit verify and audit list from the command line, on an empty store with three recorded changes. */
class AuditCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path store;

    @BeforeEach
    void threeChanges() {
        store = TestStores.newDirectory();
        try (Services services = session(store.toString())) {
            AuditLog audit = services.audit();
            audit.record("lin", new AuditLog.Change("catalog.edit", "sku", "A-1", Map.of("price", "10.00"),
                    Map.of("price", "12.00")));
            audit.record("wang", new AuditLog.Change("order.hold", "order", "7", Map.of("status", "PAID"),
                    Map.of("status", "ON_HOLD")));
            audit.record("lin", new AuditLog.Change("catalog.edit", "sku", "B-2", Map.of("price", "5.00"),
                    Map.of("price", "4.50")));
        }
    }

    private static Services session(String dir) {
        return new Services(Store.open(StoreConfig.embedded(Path.of(dir))), TestStores.DEMO_CLOCK);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", store.toString()));
        return Cli.create(dir -> { }, AuditCommandTest::session, new PrintWriter(out, true),
                new PrintWriter(err, true), Locale.ENGLISH).execute(all.toArray(String[]::new));
    }

    @Test
    void anUntouchedLogIsIntact() throws Exception {
        assertThat(run("audit", "verify")).isZero();
        assertThat(out.toString()).contains("intact").contains("3");

        assertThat(run("audit", "verify", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("intact").asBoolean()).isTrue();
        assertThat(json.path("entries").asLong()).isEqualTo(3);
        assertThat(json.path("firstBrokenEntry").isNull()).isTrue();
    }

    @Test
    void anEntryEditedThroughPlainJdbcIsFoundAndTheExitCodeSaysSo() throws Exception {
        long second;
        try (Services services = session(store.toString())) {
            second = services.store().dsl().select(AUDIT_LOG.ID).from(AUDIT_LOG).where(AUDIT_LOG.ENTITY_ID.eq("7"))
                    .fetchOne(AUDIT_LOG.ID);
            // Behind the application's back: the way someone with the database file would do it.
            try (Connection c = services.store().dataSource().getConnection();
                 PreparedStatement update = c.prepareStatement(
                         "UPDATE audit_log SET after_value = ? WHERE id = ?")) {
                update.setString(1, "{\"status\":\"PAID\"}");
                update.setLong(2, second);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        }

        assertThat(run("audit", "verify")).isEqualTo(AuditCommand.CHAIN_BROKEN);
        assertThat(out.toString()).contains("#" + second).contains("wang").contains("order.hold");

        assertThat(run("audit", "verify", "--json")).isEqualTo(3);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("intact").asBoolean()).isFalse();
        assertThat(json.path("firstBrokenEntry").path("id").asLong()).isEqualTo(second);
        assertThat(json.path("firstBrokenEntry").path("entityId").asText()).isEqualTo("7");
    }

    @Test
    void listFiltersByEntityUserAndDayNewestFirst() throws Exception {
        assertThat(run("audit", "list", "--entity", "sku", "--user", "lin", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("total").asLong()).isEqualTo(2);
        assertThat(json.path("entries").get(0).path("entityId").asText()).isEqualTo("B-2");
        assertThat(json.path("entries").get(1).path("before").path("price").asText()).isEqualTo("10.00");

        String today = TestStores.DEMO_CLOCK.instant().atZone(TestStores.DEMO_CLOCK.getZone()).toLocalDate()
                .toString();
        assertThat(run("audit", "list", "--from", today, "--to", today, "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).path("total").asLong()).isEqualTo(3);
        assertThat(run("audit", "list", "--from", "2000-01-01", "--to", "2000-01-31", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).path("total").asLong()).isZero();

        assertThat(run("audit", "list", "--text", "ON_HOLD")).isZero();
        assertThat(out.toString()).contains("order.hold").doesNotContain("catalog.edit");
    }

    @Test
    void aBadDateIsRefused() {
        assertThat(run("audit", "list", "--from", "yesterday")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("yesterday");
    }
}
