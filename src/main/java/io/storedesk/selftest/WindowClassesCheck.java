package io.storedesk.selftest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The classes a start of the window loads (JavaFX, the theme, the first pane, the store), as listed in
 * window-classes.txt, load here without a window: none is damaged or lacks what it builds on. A listed class that
 * this build does not have (another platform's toolkit, a class renamed since the list was made) is counted, not
 * failed.
 *
 * <p>Loading them here has a second purpose: the packager and the .deb make the app's class-data archive from a
 * self-test run, and a class is only archived when that run loaded it. So the window's classes come from the archive,
 * already parsed and verified, instead of from the jars (decision 0035). The list is made by the start-up benchmark.
 */
public final class WindowClassesCheck implements SelfTestCheck {

    static final String NAME = "selftest.check.windowClasses";
    static final String LIST = "/io/storedesk/selftest/window-classes.txt";
    private static final int NAMED = 3;

    private final List<String> classNames;
    private final Predicate<String> present;
    private final ClassLoading loading;

    /** Loads a class by name without initialising it; throws what Class.forName throws. */
    @FunctionalInterface
    interface ClassLoading {
        void load(String className) throws ClassNotFoundException;
    }

    WindowClassesCheck(List<String> classNames, Predicate<String> present, ClassLoading loading) {
        this.classNames = List.copyOf(classNames);
        this.present = present;
        this.loading = loading;
    }

    /** The listed classes, looked up and loaded through the application's class loader. */
    public static WindowClassesCheck ofClasspath() {
        ClassLoader loader = WindowClassesCheck.class.getClassLoader();
        return new WindowClassesCheck(listed(WindowClassesCheck.class.getResourceAsStream(LIST)),
                name -> loader.getResource(name.replace('.', '/') + ".class") != null,
                name -> Class.forName(name, false, loader));
    }

    @Override
    public CheckResult run() {
        if (classNames.isEmpty()) {
            return CheckResult.failed(NAME, "selftest.resources.missing", LIST);
        }
        int loaded = 0;
        int notInThisBuild = 0;
        List<String> broken = new ArrayList<>();
        for (String name : classNames) {
            if (!present.test(name)) {
                notInThisBuild++;
                continue;
            }
            try {
                loading.load(name);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                broken.add(name + " (" + e + ")");
            }
        }
        if (!broken.isEmpty()) {
            return CheckResult.failed(NAME, "selftest.windowClasses.broken", broken.size(),
                    String.join(", ", broken.subList(0, Math.min(NAMED, broken.size()))));
        }
        return CheckResult.passed(NAME, "selftest.windowClasses.ok", loaded, notInThisBuild);
    }

    /** One class name a line; blank lines and lines starting with # are skipped. No list: an empty one. */
    static List<String> listed(InputStream list) {
        if (list == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
