package io.storedesk.ui.firstrun;

import io.storedesk.Services;
import io.storedesk.demo.DemoSource;
import io.storedesk.store.RememberedDataDirectory;
import io.storedesk.ui.DeskPreferences;
import io.storedesk.ui.WorkProgress;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Creates the store the wizard described, on a background thread: remembers a chosen data directory, opens
 * the store, claims it for the administrator first (a refused name or password then changes nothing else),
 * sets the backup schedule and loads the demo or records that the shop started empty.
 */
public final class FirstRunSetup {

    private final Function<Path, Services> openStore;
    private final RememberedDataDirectory remembered;
    private final DemoSource demo;

    /** openStore opens (creating it if need be) the store of a data directory. */
    public FirstRunSetup(Function<Path, Services> openStore, RememberedDataDirectory remembered, DemoSource demo) {
        this.openStore = openStore;
        this.remembered = remembered;
        this.demo = demo;
    }

    /** The open store, set up; the caller owns (and closes) it. On a failure the store is closed again. */
    public Services apply(FirstRunChoices choices, WorkProgress progress) {
        Services services = openStore.apply(choices.dataDirectory());
        try {
            choices.administrator().ifPresent(admin -> services.users().claim(admin.username(),
                    admin.displayName(), admin.password()));
            services.backupFrequency().change(choices.backups());
            if (services.isStoreEmpty()) {
                if (choices.shop() == ShopStart.DEMO) {
                    progress.step("startup.loadingDemo");
                    services.demoLoader().load(demo, progress::update);
                } else {
                    services.shop().markStartedEmpty(services.userName());
                }
            }
            DeskPreferences.load(choices.dataDirectory()).saveLanguage(choices.language());
            if (choices.rememberDataDirectory()) {
                remembered.remember(choices.dataDirectory());
            }
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }
}
