package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.catalog.SkuField;
import io.storedesk.catalog.SkuRow;
import io.storedesk.catalog.ui.CatalogViewModel;
import io.storedesk.security.AuditEntry;
import io.storedesk.security.PermissionRepository;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.util.Comparator;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A view model built once records each action under whoever is signed in when it runs. */
class ActingUserTest {

    private final Services services = TestStores.emptyInMemory();

    @AfterEach
    void close() {
        services.close();
    }

    private void signIn(String username, Role role) {
        services.access().switchTo(new Principal(username, username, role),
                new PermissionRepository(services.store().dsl()).grants(role));
    }

    private SkuRow row(CatalogViewModel model, String code) {
        model.refresh();
        return model.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void anEditAfterASwitchOfPersonIsRecordedUnderTheNewPerson() {
        new Fixtures(services.store().dsl()).skus("P1", "Cloud Diaper", "nappy", "P1-S");
        // As the window wires it: the user is read from the desk's access at each action.
        CatalogViewModel model = new CatalogViewModel(services.catalog(), services.catalogEditor(),
                services.catalogExport(), new InlineTaskRunner(), services::userName, () -> Locale.ENGLISH);
        signIn("anna", Role.OPERATOR);
        model.edit(row(model, "P1-S"), SkuField.PRICE, "80");

        signIn("bo", Role.MANAGER);
        model.edit(row(model, "P1-S"), SkuField.PRICE, "85");

        assertThat(services.audit().history("sku", "P1-S", 5).stream().sorted(Comparator.comparingLong(AuditEntry::id))
                .map(AuditEntry::user)).containsExactly("anna", "bo");
    }
}
