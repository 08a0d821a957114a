package io.storedesk.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.UserFacingException;
import io.storedesk.demo.DemoSource;
import io.storedesk.store.RememberedDataDirectory;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.store.backup.BackupFrequency;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.DeskPreferences;
import io.storedesk.ui.InlineTaskRunner;
import io.storedesk.ui.firstrun.FirstRunViewModel.FirstRunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The first-run wizard without JavaFX: the pages in order, each checked, and the store Finish creates. */
class FirstRunViewModelTest {

    private final Path usual = TestStores.newDirectory();
    private final List<Services> opened = new ArrayList<>();
    private final FirstRunSetup setup = new FirstRunSetup(dir -> {
        Services services = new Services(Store.open(StoreConfig.embedded(dir)), TestStores.DEMO_CLOCK);
        opened.add(services);
        return services;
    }, RememberedDataDirectory.in(usual), DemoSource.bundled());
    private final FirstRunViewModel model = new FirstRunViewModel(setup, new InlineTaskRunner(), Locale.ENGLISH,
            usual, usual);

    @AfterEach
    void closeStores() {
        opened.forEach(Services::close);
    }

    @Test
    void thePagesComeInTheIssuesOrderAndBackReturns() {
        List<FirstRunStep> seen = new ArrayList<>();
        seen.add(model.stepProperty().get());
        model.withoutSignInProperty().set(true);
        while (!model.isLast()) {
            model.next();
            seen.add(model.stepProperty().get());
        }
        assertThat(seen).containsExactly(FirstRunStep.LANGUAGE, FirstRunStep.SHOP, FirstRunStep.ADMINISTRATOR,
                FirstRunStep.DATA_DIRECTORY, FirstRunStep.CHANNEL, FirstRunStep.BACKUPS);
        model.back();
        assertThat(model.stepProperty().get()).isEqualTo(FirstRunStep.CHANNEL);
    }

    @Test
    void theAdministratorPageHoldsUntilNameAndPasswordsAreUsable() {
        model.next();
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(FirstRunStep.ADMINISTRATOR);

        model.next();
        assertThat(refusal()).isEqualTo("firstRun.error.username");
        model.usernameProperty().set("boss");
        model.passwordProperty().set("short");
        model.next();
        assertThat(refusal()).isEqualTo("security.users.passwordTooShort");
        model.passwordProperty().set("long-enough-1");
        model.repeatProperty().set("long-enough-2");
        model.next();
        assertThat(refusal()).isEqualTo("security.users.passwordsDiffer");
        assertThat(model.stepProperty().get()).isEqualTo(FirstRunStep.ADMINISTRATOR);

        model.repeatProperty().set("long-enough-1");
        model.next();
        assertThat(model.failureProperty().get()).isNull();
        assertThat(model.stepProperty().get()).isEqualTo(FirstRunStep.DATA_DIRECTORY);
    }

    @Test
    void skippingSignInLeavesNoAdministrator() {
        model.withoutSignInProperty().set(true);
        assertThat(model.choices().administrator()).isEmpty();
    }

    @Test
    void finishCreatesAnEmptyClaimedShopWithTheChosenBackups() {
        fillAdministrator("boss", "boss-password");
        model.shopProperty().set(ShopStart.EMPTY);
        model.backupsProperty().set(BackupFrequency.WEEKLY);
        model.languageProperty().set(Locale.SIMPLIFIED_CHINESE);
        List<FirstRunResult> results = new ArrayList<>();
        model.onFinished(results::add);

        model.finish();

        assertThat(model.failureProperty().get()).isNull();
        assertThat(results).hasSize(1);
        Services services = results.get(0).services();
        assertThat(services.users().isClaimed()).isTrue();
        assertThat(services.userName()).isEqualTo("boss");
        assertThat(services.isStoreEmpty()).isTrue();
        assertThat(services.shop().startedEmpty()).isTrue();
        assertThat(services.backupFrequency().frequency()).isEqualTo(BackupFrequency.WEEKLY);
        assertThat(DeskPreferences.load(usual).language()).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(RememberedDataDirectory.in(usual).read()).as("the usual directory needs no pointer").isEmpty();
    }

    @Test
    void anotherDirectoryIsRememberedForTheNextStart() {
        Path chosen = TestStores.newDirectory().resolve("my-shop");
        model.withoutSignInProperty().set(true);
        model.shopProperty().set(ShopStart.EMPTY);
        model.dataDirectoryProperty().set(chosen.toString());

        model.finish();

        assertThat(model.failureProperty().get()).isNull();
        assertThat(RememberedDataDirectory.in(usual).read()).contains(chosen.toAbsolutePath().normalize());
        assertThat(opened.get(0).store().config().dataDirectory()).isEqualTo(chosen.toAbsolutePath().normalize());
        assertThat(opened.get(0).users().isClaimed()).isFalse();
    }

    @Test
    void aPasswordTheAccountsRefuseReturnsToTheAdministratorPage() {
        // The password equal to the user name passes the page's checks; the claim itself refuses it.
        fillAdministrator("boss-password", "boss-password");
        while (!model.isLast()) {
            model.next();
        }

        model.finish();

        assertThat(refusal()).isEqualTo("security.users.passwordIsUsername");
        assertThat(model.stepProperty().get()).isEqualTo(FirstRunStep.ADMINISTRATOR);
        assertThat(RememberedDataDirectory.in(usual).read()).isEmpty();
    }

    private void fillAdministrator(String username, String password) {
        model.usernameProperty().set(username);
        model.displayNameProperty().set("Wang Boss");
        model.passwordProperty().set(password);
        model.repeatProperty().set(password);
    }

    private String refusal() {
        Throwable failure = model.failureProperty().get();
        assertThat(failure).isInstanceOf(UserFacingException.class);
        return ((UserFacingException) failure).messageKey();
    }
}
