package io.storedesk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a store that is already current without starting Flyway: Flyway's scan of the class path and its
 * validation of every applied script were a noticeable part of each start (decision 0035). The store counts as
 * current only when it has applied exactly this build's scripts (the same versions with the same checksums, none
 * failed); anything else (a new store, pending or failed migrations, an edited script, a store of another build,
 * a script name this class does not know) goes through Flyway as before, which migrates or refuses it.
 */
final class CurrentSchema {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentSchema.class);
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__[^/]*\\.sql");

    private CurrentSchema() {
    }

    /** The store's schema version when it is current; empty when Flyway has to look at it. */
    static Optional<String> version(DataSource dataSource, List<String> folders) {
        try {
            Map<String, Integer> scripts = new HashMap<>();
            for (String folder : folders) {
                if (!scripts(folder, scripts)) {
                    return Optional.empty();
                }
            }
            if (scripts.isEmpty() || !scripts.equals(applied(dataSource))) {
                return Optional.empty();
            }
            return scripts.keySet().stream().max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        } catch (IOException | SQLException | URISyntaxException | RuntimeException e) {
            LOG.debug("Schema not checked quickly; Flyway checks it", e);
            return Optional.empty();
        }
    }

    /** The applied migrations by version with their checksums; empty when one failed (Flyway then reports it). */
    private static Map<String, Integer> applied(DataSource dataSource) throws SQLException {
        Map<String, Integer> applied = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\", \"checksum\", \"success\" FROM "
                     + "\"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                if (!rows.getBoolean(3) || rows.getObject(2) == null) {
                    return Collections.emptyMap();
                }
                applied.put(rows.getString(1), rows.getInt(2));
            }
        }
        return applied;
    }

    /** Adds the folder's scripts (class-path folder, e.g. "db/migration"); false when one is not a plain V<n>__. */
    private static boolean scripts(String folder, Map<String, Integer> into) throws IOException, URISyntaxException {
        URL url = CurrentSchema.class.getClassLoader().getResource(folder);
        if (url == null) {
            return false;
        }
        if (url.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (!add(file.getFileName().toString(), Files.newInputStream(file), into)) {
                        return false;
                    }
                }
            }
            return true;
        }
        if (url.openConnection() instanceof JarURLConnection connection) {
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = folder + "/";
                for (var entries = jar.entries(); entries.hasMoreElements(); ) {
                    var entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(prefix) && !entry.isDirectory() && name.indexOf('/', prefix.length()) < 0
                            && !add(name.substring(prefix.length()), jar.getInputStream(entry), into)) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }

    private static boolean add(String fileName, InputStream content, Map<String, Integer> into) throws IOException {
        try (InputStream in = content) {
            Matcher script = SCRIPT.matcher(fileName);
            if (!script.matches()) {
                return false;
            }
            String version = String.valueOf(Integer.parseInt(script.group(1)));
            return into.putIfAbsent(version, checksum(in)) == null;
        }
    }

    /** Flyway's checksum of a script: CRC32 over its lines in UTF-8, without line ends or a byte-order mark. */
    static int checksum(InputStream script) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8), 4096);
        String line = reader.readLine();
        if (line != null && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        for (; line != null; line = reader.readLine()) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }
}
