package io.storedesk.store.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.common.UserFacingException;
import io.storedesk.security.Access;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.store.SavedConnection;
import io.storedesk.store.StoreConfig;
import io.storedesk.sync.credentials.CredentialVault;
import io.storedesk.sync.credentials.VaultKey;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The database settings without a window: current store, test, save for the next start. */
class DatabaseSettingsViewModelTest {

    private static final String URL = "jdbc:postgresql://db.example:5432/shop";
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private final Path dataDirectory = TestStores.newDirectory();
    private final SavedConnection saved = new SavedConnection(dataDirectory, new CredentialVault(
            dataDirectory.resolve("secrets").resolve("channel-secrets.json"),
            new VaultKey(TestStores.newDirectory().resolve("vault.key"))));
    private final List<String> tested = new ArrayList<>();

    private DatabaseSettingsViewModel model(StoreConfig current, Access access) {
        return new DatabaseSettingsViewModel(current, saved, false, (url, user, password) -> {
            tested.add(url + " " + user + " " + password);
            if (password.equals("wrong")) {
                throw new RefusedInputException("database.error.password", user);
            }
            return "16.4";
        }, access, new InlineTaskRunner());
    }

    @Test
    void showsThisComputersFileAndSavesAServerForTheNextStart() {
        DatabaseSettingsViewModel model = model(StoreConfig.embedded(dataDirectory), Access.localOwner("owner"));
        model.load();

        MessageKey current = model.currentStore();
        assertThat(ENGLISH.get(current.key(), current.arguments()))
                .isEqualTo("Current store: this computer's file " + dataDirectory.toAbsolutePath());
        assertThat(model.useServerProperty().get()).isFalse();
        assertThat(model.overriddenProperty().get()).isFalse();

        model.useServerProperty().set(true);
        model.urlProperty().set(URL);
        model.userProperty().set("desk");
        model.passwordProperty().set("right-password");
        model.testConnection();
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("database.ok");
        assertThat(model.noticeProperty().get().message().arguments()).containsExactly("16.4");
        model.save();

        assertThat(tested).containsExactly(URL + " desk right-password");
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("database.saved");
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.passwordSavedProperty().get()).isTrue();
        assertThat(saved.config(dataDirectory).orElseThrow().password()).isEqualTo("right-password");
    }

    @Test
    void aWrongPasswordIsSaidInThePersonsTermsAndNothingIsSaved() {
        DatabaseSettingsViewModel model = model(StoreConfig.embedded(dataDirectory), Access.localOwner("owner"));
        model.useServerProperty().set(true);
        model.urlProperty().set(URL);
        model.userProperty().set("desk");
        model.passwordProperty().set("wrong");

        model.testConnection();

        assertThat(model.noticeProperty().get().isProblem()).isTrue();
        assertThat(ENGLISH.describe((UserFacingException) model.noticeProperty().get().failure()))
                .isEqualTo("The server refused user \"desk\": the user name or the password is wrong.");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(saved.server()).isEmpty();
    }

    @Test
    void aSavedServerFillsTheFormAndSwitchingBackForgetsIt() {
        saved.useServer(URL, "desk", "pw-saved");
        DatabaseSettingsViewModel model = model(StoreConfig.embedded(dataDirectory), Access.localOwner("owner"));

        model.load();
        assertThat(model.useServerProperty().get()).isTrue();
        assertThat(model.urlProperty().get()).isEqualTo(URL);
        assertThat(model.userProperty().get()).isEqualTo("desk");
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.passwordSavedProperty().get()).isTrue();

        model.useServerProperty().set(false);
        model.save();

        assertThat(saved.server()).isEmpty();
        assertThat(model.passwordSavedProperty().get()).isFalse();
    }

    @Test
    void aServerOpenedFromTheCommandLineIsShownAsWinningOverTheSavedChoice() {
        DatabaseSettingsViewModel model = model(StoreConfig.server(dataDirectory, "jdbc:postgresql://cli:5432/x",
                "ops", "pw"), Access.localOwner("owner"));

        model.load();

        MessageKey current = model.currentStore();
        assertThat(ENGLISH.get(current.key(), current.arguments()))
                .isEqualTo("Current store: jdbc:postgresql://cli:5432/x as user ops");
        assertThat(model.overriddenProperty().get()).isTrue();
    }

    @Test
    void aRoleWithoutTheSettingsRightCannotSave() {
        DatabaseSettingsViewModel model = model(StoreConfig.embedded(dataDirectory),
                Access.of(new Principal("li", "Li", Role.OPERATOR), Set.of()));
        model.useServerProperty().set(true);
        model.urlProperty().set(URL);

        model.save();

        assertThat(model.noticeProperty().get().isProblem()).isTrue();
        assertThat(((UserFacingException) model.noticeProperty().get().failure()).messageKey())
                .isEqualTo("security.denied");
        assertThat(saved.server()).isEmpty();
    }
}
