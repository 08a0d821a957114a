package io.storedesk.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WindowClassesCheckTest {

    @Test
    void theApplicationsOwnListLoadsWithoutAWindow() {
        List<String> listed = WindowClassesCheck.listed(getClass().getResourceAsStream(WindowClassesCheck.LIST));

        CheckResult result = WindowClassesCheck.ofClasspath().run();

        assertThat(listed).as("the list a start of the window made").hasSizeGreaterThan(1_000)
                .contains("javafx.scene.Scene", "io.storedesk.ui.StoreDeskApp", "org.h2.Driver");
        assertThat(result.passed()).as(result.toString()).isTrue();
        int loaded = (Integer) result.arguments().get(0);
        int notInThisBuild = (Integer) result.arguments().get(1);
        assertThat(loaded + notInThisBuild).isEqualTo(listed.size());
        // Renamed start-up classes only cost speed, but a list gone this stale should be made again.
        assertThat(notInThisBuild).as("listed classes this build lacks (run -Dbench.only=startup for a fresh list)")
                .isLessThan(listed.size() / 20);
    }

    @Test
    void aClassThisBuildLacksIsCountedNotFailed() {
        List<String> loaded = new ArrayList<>();
        WindowClassesCheck check = new WindowClassesCheck(List.of("a.Present", "com.sun.glass.ui.win.WinWindow"),
                Set.of("a.Present")::contains, loaded::add);

        CheckResult result = check.run();

        assertThat(result.passed()).isTrue();
        assertThat(result.detailKey()).isEqualTo("selftest.windowClasses.ok");
        assertThat(result.arguments()).containsExactly(1, 1);
        assertThat(loaded).containsExactly("a.Present");
    }

    @Test
    void aPresentClassThatDoesNotLoadFailsTheCheckByName() {
        WindowClassesCheck check = new WindowClassesCheck(List.of("a.Fine", "a.Damaged", "a.Orphan"), name -> true,
                name -> {
                    if (name.equals("a.Damaged")) {
                        throw new ClassFormatError("Truncated class file");
                    }
                    if (name.equals("a.Orphan")) {
                        throw new NoClassDefFoundError("javafx/scene/Parent");
                    }
                });

        CheckResult result = check.run();

        assertThat(result.passed()).isFalse();
        assertThat(result.detailKey()).isEqualTo("selftest.windowClasses.broken");
        assertThat(result.arguments().get(0)).isEqualTo(2);
        assertThat((String) result.arguments().get(1)).contains("a.Damaged", "Truncated class file", "a.Orphan",
                "javafx/scene/Parent").doesNotContain("a.Fine");
    }

    @Test
    void aMissingListFailsAsAMissingResource() {
        CheckResult result = new WindowClassesCheck(WindowClassesCheck.listed(null), name -> true, name -> { }).run();

        assertThat(result.passed()).isFalse();
        assertThat(result.detailKey()).isEqualTo("selftest.resources.missing");
        assertThat(result.arguments()).containsExactly(WindowClassesCheck.LIST);
    }

    @Test
    void commentsAndBlankLinesAreNotClassNames() {
        String text = "# made by the benchmark\n\njava.lang.String\n  javafx.scene.Node  \n";

        List<String> names = WindowClassesCheck.listed(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(names).containsExactly("java.lang.String", "javafx.scene.Node");
    }
}
