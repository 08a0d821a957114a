package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.common.Money;
import io.storedesk.security.PermissionRepository;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The command line goes through the same services as the window, so it refuses what the role may not do. */
class CliPermissionTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Path store = TestStores.copyOfDemo();

    /** Opens the store as a service agent signed in with the default matrix. */
    private int runAsAgent(String... args) {
        StoreSessions asAgent = dir -> {
            Services services = new Services(Store.open(StoreConfig.embedded(Path.of(dir))), TestStores.DEMO_CLOCK);
            services.access().switchTo(new Principal("xiaomei", "Xiao Mei", Role.AGENT),
                    new PermissionRepository(services.store().dsl()).grants(Role.AGENT));
            return services;
        };
        return Cli.create(dir -> { }, asAgent, new PrintWriter(out, true), new PrintWriter(err, true), Locale.ENGLISH)
                .execute(args);
    }

    private Money price(String sku) {
        try (Store s = Store.open(StoreConfig.embedded(store))) {
            return new CatalogRepository(s.dsl()).findSku(sku).orElseThrow().price();
        }
    }

    @Test
    void anAgentsCatalogImportIsRefusedWithExitCodeTwoAndNothingChanges() throws Exception {
        String sku;
        try (Services services = new Services(Store.open(StoreConfig.embedded(store)), TestStores.DEMO_CLOCK)) {
            sku = services.catalog().search("", 1).rows().get(0).code();
        }
        Money before = price(sku);
        Path file = Files.writeString(TestStores.newDirectory().resolve("prices.csv"), "SKU,Price\n" + sku + ",1.00\n",
                StandardCharsets.UTF_8);

        int exit = runAsAgent("import", "--data-dir", store.toString(), "--kind", "catalog", "--file", file.toString());

        assertThat(exit).isEqualTo(ExitCodes.REFUSED).isEqualTo(2);
        assertThat(err.toString()).contains("Xiao Mei (service agent) may not import spreadsheets");
        assertThat(price(sku)).isEqualTo(before);
    }
}
