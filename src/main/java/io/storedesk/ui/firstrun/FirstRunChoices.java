package io.storedesk.ui.firstrun;

import io.storedesk.store.backup.BackupFrequency;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the wizard asked, checked: the store is created from this in one go at the end.
 *
 * @param administrator empty when the merchant chose to work without sign-in (the store stays unclaimed)
 * @param rememberDataDirectory whether the directory differs from the usual one and must be remembered
 */
public record FirstRunChoices(Locale language, ShopStart shop, Optional<Administrator> administrator,
        Path dataDirectory, boolean rememberDataDirectory, boolean addChannel, BackupFrequency backups) {
}
