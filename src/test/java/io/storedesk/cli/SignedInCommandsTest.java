package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.security.NewUser;
import io.storedesk.security.Permission;
import io.storedesk.security.Role;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Commands on a claimed store sign in first (decision 0022); on an unclaimed one they work as before. */
class SignedInCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Services> opened = new ArrayList<>();

    private int run(Map<String, String> environment, String... args) {
        StoreSessions sessions = dir -> {
            Services services = open(Path.of(dir));
            opened.add(services);
            return services;
        };
        return Cli.create(d -> { }, sessions, new PrintWriter(out, true), new PrintWriter(err, true), Locale.ENGLISH,
                CliEnvironment.of(environment)).execute(args);
    }

    private static Services open(Path dataDirectory) {
        return new Services(Store.open(StoreConfig.embedded(dataDirectory)), TestStores.DEMO_CLOCK);
    }

    /** The demo shop with an administrator (boss) and a service agent (lina) who can sign in. */
    private static Path claimedDemo() {
        Path store = TestStores.copyOfDemo();
        try (Services services = open(store)) {
            services.users().claim("boss", "Wang Boss", "boss-password");
            services.users().add(new NewUser("xiaoli", "Xiao Li", Role.AGENT), "agent-password");
        }
        return store;
    }

    @Test
    void aCommandOnAClaimedStoreWithoutCredentialsIsRefusedNamingWhatToSet() {
        Path store = claimedDemo();

        int exit = run(Map.of(), "stats", "--data-dir", store.toString());

        assertThat(exit).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("STOREDESK_USER").contains("STOREDESK_PASSWORD").contains("--user");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneLetsTheCommandWork() {
        Path store = claimedDemo();

        int wrong = run(Map.of("STOREDESK_USER", "boss", "STOREDESK_PASSWORD", "not-the-password"), "stats",
                "--data-dir", store.toString());
        assertThat(wrong).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("Wrong user name or password");

        int exit = run(Map.of("STOREDESK_USER", "boss", "STOREDESK_PASSWORD", "boss-password"), "stats",
                "--data-dir", store.toString(), "--json");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("\"schemaVersion\"");
    }

    @Test
    void anAgentSignedInThroughTheCommandLineHasTheAgentsPermissions() {
        Path store = claimedDemo();

        int exit = run(Map.of("STOREDESK_USER", "xiaoli", "STOREDESK_PASSWORD", "agent-password"), "stats",
                "--data-dir", store.toString(), "--json");

        assertThat(exit).isZero();
        Services used = opened.get(opened.size() - 1);
        assertThat(used.access().principal().username()).isEqualTo("xiaoli");
        assertThat(used.access().allows(Permission.AFTERSALES_EDIT)).isTrue();
        assertThat(used.access().allows(Permission.ORDERS_EDIT)).isFalse();
        assertThat(used.access().allows(Permission.USERS)).isFalse();
    }

    @Test
    void anAgentMayNotAddUsersThroughTheCommandLine() {
        Path store = claimedDemo();

        int exit = run(Map.of("STOREDESK_USER", "xiaoli", "STOREDESK_PASSWORD", "agent-password",
                "STOREDESK_NEW_PASSWORD", "sneaky-password"), "user", "add", "sneaky", "--role", "ADMIN",
                "--with-password", "--data-dir", store.toString());

        assertThat(exit).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("Xiao Li (service agent) may not manage users and roles");
        try (Services services = open(store)) {
            services.signIn().signIn("boss", "boss-password");
            assertThat(services.users().list()).extracting(a -> a.username()).doesNotContain("sneaky");
        }
    }

    @Test
    void adminCreateClaimsAnUnclaimedStoreOnceAndTheAdministratorManagesUsersFromThen() throws Exception {
        Path store = TestStores.copyOfDemo();
        Map<String, String> newPassword = Map.of("STOREDESK_NEW_PASSWORD", "boss-password");

        assertThat(run(newPassword, "admin", "create", "boss", "--name", "Wang Boss", "--data-dir",
                store.toString())).isZero();
        assertThat(out.toString()).contains("Administrator boss created");
        assertThat(run(newPassword, "stats", "--data-dir", store.toString())).isEqualTo(ExitCodes.REFUSED);

        Map<String, String> boss = Map.of("STOREDESK_USER", "boss", "STOREDESK_PASSWORD", "boss-password",
                "STOREDESK_NEW_PASSWORD", "operator-pass");
        assertThat(run(boss, "admin", "create", "again", "--data-dir", store.toString()))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("already has an administrator");
        assertThat(run(boss, "user", "add", "chen", "--role", "operator", "--with-password", "--data-dir",
                store.toString())).isZero();
        assertThat(run(boss, "user", "role", "chen", "MANAGER", "--data-dir", store.toString())).isZero();
        out.getBuffer().setLength(0);
        assertThat(run(boss, "user", "list", "--json", "--data-dir", store.toString())).isZero();

        JsonNode users = new ObjectMapper().readTree(out.toString());
        JsonNode chen = null;
        for (JsonNode user : users) {
            if (user.path("username").asText().equals("chen")) {
                chen = user;
            }
        }
        assertThat(chen).isNotNull();
        assertThat(chen.path("role").asText()).isEqualTo("MANAGER");
        assertThat(chen.path("canSignIn").asBoolean()).isTrue();
        assertThat(out.toString()).doesNotContain("argon2");
    }

    @Test
    void theUserOptionWithoutATerminalFallsBackToThePasswordVariable() {
        Path store = claimedDemo();

        int exit = run(Map.of("STOREDESK_PASSWORD", "agent-password"), "stats", "--user", "xiaoli", "--data-dir",
                store.toString());

        assertThat(exit).isZero();
        assertThat(opened.get(opened.size() - 1).access().principal().username()).isEqualTo("xiaoli");
    }

    @Test
    void anUnclaimedStoreWorksWithoutSigningInAsBefore() {
        Path store = TestStores.copyOfDemo();

        assertThat(run(Map.of(), "stats", "--data-dir", store.toString())).isZero();
        assertThat(opened.get(0).access().allows(Permission.USERS)).isTrue();
    }
}
