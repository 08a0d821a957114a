package io.storedesk.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** This desk's own choices (the language), kept in desk.properties in the data directory. */
public final class DeskPreferences {

    private static final String LANGUAGE = "language";

    private final Path file;
    private final Properties values = new Properties();

    private DeskPreferences(Path file) {
        this.file = file;
    }

    /** Reads the file if it exists; unreadable preferences are ignored (defaults apply). */
    public static DeskPreferences load(Path dataDirectory) {
        DeskPreferences preferences = new DeskPreferences(dataDirectory.resolve("desk.properties"));
        if (Files.isReadable(preferences.file)) {
            try (Reader in = Files.newBufferedReader(preferences.file, StandardCharsets.UTF_8)) {
                preferences.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                preferences.values.clear();
            }
        }
        return preferences;
    }

    public Optional<Locale> language() {
        return Optional.ofNullable(values.getProperty(LANGUAGE)).map(Locale::forLanguageTag);
    }

    /** Remembers the language; call off the JavaFX thread (it writes a file). */
    public void saveLanguage(Locale locale) {
        values.setProperty(LANGUAGE, locale.toLanguageTag());
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(out, "StoreDesk desk preferences");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
