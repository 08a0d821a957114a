package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.security.PermissionRepository;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.security.UserAccount;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An operator (store staff) cannot manage users in the window; the command line refuses them the same way. */
class CliOperatorDenialTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Path store = TestStores.copyOfDemo();

    private int runAsOperator(String... args) {
        StoreSessions asOperator = dir -> {
            Services services = new Services(Store.open(StoreConfig.embedded(Path.of(dir))), TestStores.DEMO_CLOCK);
            services.access().switchTo(new Principal("lina", "Li Na", Role.OPERATOR),
                    new PermissionRepository(services.store().dsl()).grants(Role.OPERATOR));
            return services;
        };
        return Cli.create(dir -> { }, asOperator, new PrintWriter(out, true), new PrintWriter(err, true),
                Locale.ENGLISH).execute(args);
    }

    @Test
    void anOperatorAddingAUserThroughTheCommandLineIsRefusedAndNoUserIsAdded() {
        int exit = runAsOperator("user", "add", "x'); DROP TABLE app_user; --", "--role", "admin", "--data-dir",
                store.toString());
        int second = runAsOperator("user", "add", "sneaky", "--role", "admin", "--name", "Sneaky", "--data-dir",
                store.toString());

        assertThat(exit).isEqualTo(ExitCodes.REFUSED);
        assertThat(second).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("Li Na (operator) may not manage users and roles");
        try (Services services = new Services(Store.open(StoreConfig.embedded(store)), TestStores.DEMO_CLOCK)) {
            assertThat(services.users().list()).extracting(UserAccount::username).doesNotContain("sneaky");
            assertThat(services.catalog().skuCount()).isPositive();
        }
    }
}
