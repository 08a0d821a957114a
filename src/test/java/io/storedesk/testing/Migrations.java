package io.storedesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema version the migrations in the source tree lead to: the highest V<n>__ script, common or a
 * variant for one database (the variants share their version numbers, decision 0026).
 */
public final class Migrations {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private Migrations() {
    }

    public static String latestVersion() {
        return String.valueOf(Math.max(highest("src/main/resources/db/migration"),
                highest("src/main/resources/db/vendor/h2")));
    }

    private static int highest(String folder) {
        try (Stream<Path> scripts = Files.list(Path.of(folder))) {
            return scripts.map(p -> VERSION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
