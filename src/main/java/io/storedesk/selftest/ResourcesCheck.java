package io.storedesk.selftest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The files the window needs from the jar: both message bundles (with the same keys), the window icons and the
 * stylesheet. A packaging mistake (a resource filtered out, a bundle saved in the wrong encoding) shows here.
 */
public final class ResourcesCheck implements SelfTestCheck {

    static final String NAME = "selftest.check.resources";
    static final String ENGLISH = "/i18n/messages.properties";
    static final String CHINESE = "/i18n/messages_zh_CN.properties";
    static final String STYLESHEET = "/io/storedesk/ui/storedesk.css";
    /** The window icons, as the build puts them into the jar (generated from packaging/icons/storedesk.svg). */
    public static final List<String> ICONS = List.of(16, 32, 48, 64, 128, 256).stream()
            .map(size -> "/io/storedesk/icons/storedesk-" + size + ".png").toList();
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int KEYS_NAMED = 5;

    private final Function<String, InputStream> resources;

    /** resources opens a resource by its absolute path, or returns null when it is not there. */
    public ResourcesCheck(Function<String, InputStream> resources) {
        this.resources = resources;
    }

    /** The resources of the running application. */
    public static ResourcesCheck ofClasspath() {
        return new ResourcesCheck(ResourcesCheck.class::getResourceAsStream);
    }

    @Override
    public CheckResult run() {
        List<String> missing = new ArrayList<>();
        Properties english = bundle(ENGLISH, missing);
        Properties chinese = bundle(CHINESE, missing);
        ICONS.stream().filter(icon -> !startsWith(icon, PNG_SIGNATURE)).forEach(missing::add);
        byte[] stylesheet = read(STYLESHEET);
        if (stylesheet == null || stylesheet.length == 0) {
            missing.add(STYLESHEET);
        }
        if (!missing.isEmpty()) {
            return CheckResult.failed(NAME, "selftest.resources.missing", String.join(", ", missing));
        }
        Set<String> onlyEnglish = difference(english.stringPropertyNames(), chinese.stringPropertyNames());
        Set<String> onlyChinese = difference(chinese.stringPropertyNames(), english.stringPropertyNames());
        if (!onlyEnglish.isEmpty() || !onlyChinese.isEmpty()) {
            return CheckResult.failed(NAME, "selftest.resources.keysDiffer", first(onlyEnglish), first(onlyChinese));
        }
        return CheckResult.passed(NAME, "selftest.resources.ok", english.size(), ICONS.size());
    }

    private Properties bundle(String path, List<String> missing) {
        Properties properties = new Properties();
        try (InputStream in = resources.apply(path)) {
            if (in == null) {
                missing.add(path);
            } else {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException | IllegalArgumentException e) {
            missing.add(path);
        }
        return properties;
    }

    private boolean startsWith(String path, byte[] signature) {
        byte[] content = read(path);
        return content != null && content.length >= signature.length
                && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }

    private byte[] read(String path) {
        try (InputStream in = resources.apply(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(without);
        return rest;
    }

    private static String first(Set<String> keys) {
        return keys.isEmpty() ? "-" : String.join(", ", keys.stream().limit(KEYS_NAMED).toList())
                + (keys.size() > KEYS_NAMED ? ", …" : "");
    }
}
