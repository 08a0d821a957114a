package io.storedesk.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ResourcesCheckTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};

    /** A jar with two bundles of the given text, every icon and a stylesheet. */
    private static Map<String, byte[]> wholeJar(String english, String chinese) {
        Map<String, byte[]> files = new HashMap<>();
        files.put(ResourcesCheck.ENGLISH, english.getBytes(StandardCharsets.UTF_8));
        files.put(ResourcesCheck.CHINESE, chinese.getBytes(StandardCharsets.UTF_8));
        ResourcesCheck.ICONS.forEach(icon -> files.put(icon, PNG));
        files.put(ResourcesCheck.STYLESHEET, ".root { }".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static CheckResult check(Map<String, byte[]> files) {
        return new ResourcesCheck(path -> files.containsKey(path)
                ? (InputStream) new ByteArrayInputStream(files.get(path)) : null).run();
    }

    @Test
    void theApplicationsOwnResourcesAreWhole() throws Exception {
        CheckResult result = ResourcesCheck.ofClasspath().run();

        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/messages.properties")) {
            english.load(in);
        }
        assertThat(result.passed()).isTrue();
        assertThat(result.arguments()).containsExactly(english.size(), 6);
    }

    @Test
    void aJarWithEverythingPasses() {
        CheckResult result = check(wholeJar("a=A\nb=B\n", "a=甲\nb=乙\n"));

        assertThat(result.passed()).isTrue();
        assertThat(result.arguments()).containsExactly(2, 6);
    }

    @Test
    void aMissingIconAndStylesheetAreNamed() {
        Map<String, byte[]> files = wholeJar("a=A\n", "a=甲\n");
        files.remove("/io/storedesk/icons/storedesk-32.png");
        files.put(ResourcesCheck.STYLESHEET, new byte[0]);

        CheckResult result = check(files);

        assertThat(result.passed()).isFalse();
        assertThat(result.detailKey()).isEqualTo("selftest.resources.missing");
        assertThat(result.arguments()).containsExactly(
                "/io/storedesk/icons/storedesk-32.png, /io/storedesk/ui/storedesk.css");
    }

    @Test
    void anIconThatIsNotAPngCountsAsMissing() {
        Map<String, byte[]> files = wholeJar("a=A\n", "a=甲\n");
        files.put("/io/storedesk/icons/storedesk-16.png", "GIF89a....".getBytes(StandardCharsets.US_ASCII));

        assertThat(check(files).arguments()).containsExactly("/io/storedesk/icons/storedesk-16.png");
    }

    @Test
    void bundlesWithDifferentKeysNameTheKeysOnEachSide() {
        CheckResult result = check(wholeJar("a=A\nb=B\nc=C\n", "a=甲\nd=丁\n"));

        assertThat(result.passed()).isFalse();
        assertThat(result.detailKey()).isEqualTo("selftest.resources.keysDiffer");
        assertThat(result.arguments()).containsExactly("b, c", "d");
    }

    @Test
    void aMissingBundleIsNamed() {
        Map<String, byte[]> files = wholeJar("a=A\n", "a=甲\n");
        files.remove(ResourcesCheck.CHINESE);

        assertThat(check(files).arguments()).containsExactly("/i18n/messages_zh_CN.properties");
    }
}
