package io.storedesk.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This desk's own choices (language, theme, window layout), kept in desk.properties in the data directory.
 * Reads are cheap; every save writes the file, so save off the JavaFX thread.
 */
public final class DeskPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(DeskPreferences.class);

    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";

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
                LOG.warn("Could not read the desk preferences {}; the defaults apply", preferences.file, e);
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
        save(LANGUAGE, locale.toLanguageTag());
    }

    /** Light unless dark was chosen (an unknown value reads as light). */
    public Theme.Mode theme() {
        return "DARK".equals(values.getProperty(THEME)) ? Theme.Mode.DARK : Theme.Mode.LIGHT;
    }

    public void saveTheme(Theme.Mode mode) {
        save(THEME, mode.name());
    }

    /** A value saved under a key of its own (the window layout keeps its entries through this). */
    public Optional<String> value(String key) {
        synchronized (values) {
            return Optional.ofNullable(values.getProperty(key));
        }
    }

    /**
     * Saves several values in one write; call off the JavaFX thread. The file is read again first, so what
     * another part of the window saved meanwhile (through its own DeskPreferences) is kept.
     */
    public void save(Map<String, String> changes) {
        synchronized (DeskPreferences.class) {
            Properties current = new Properties();
            if (Files.isReadable(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    current.load(in);
                } catch (IOException | IllegalArgumentException e) {
                    current.clear();
                }
            }
            current.putAll(changes);
            values.putAll(current);
            write(current);
        }
    }

    private void save(String key, String value) {
        save(Map.of(key, value));
    }

    /** Writes beside the file and moves it over: a crash or a full disk mid-write leaves the old file whole. */
    private void write(Properties current) {
        try {
            Files.createDirectories(file.getParent());
            Path written = file.resolveSibling(file.getFileName() + ".new");
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                current.store(out, "StoreDesk desk preferences");
            }
            try {
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
