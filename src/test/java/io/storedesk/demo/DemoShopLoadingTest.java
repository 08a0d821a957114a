package io.storedesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.importing.CellException;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loading itself: all or nothing, with progress, and dates moved towards today by whole weeks. */
class DemoShopLoadingTest {

    private static Path files;

    @BeforeAll
    static void writeFiles() {
        files = TestStores.newDirectory();
        new DemoShopGenerator().writeTo(files);
    }

    @Test
    void datesMoveForwardByWholeWeeksSoTheShopEndsThisWeek() {
        assertThat(DemoTimeShift.towards(DemoShop.LAST_DAY, DemoShop.LAST_DAY, DemoShop.ZONE).days()).isZero();
        assertThat(DemoTimeShift.towards(DemoShop.LAST_DAY, DemoShop.LAST_DAY.plusDays(6), DemoShop.ZONE).days())
                .isZero();
        assertThat(DemoTimeShift.towards(DemoShop.LAST_DAY, DemoShop.LAST_DAY.plusDays(7), DemoShop.ZONE).days())
                .isEqualTo(7);
        assertThat(DemoTimeShift.towards(DemoShop.LAST_DAY, DemoShop.LAST_DAY.plusDays(400), DemoShop.ZONE).days())
                .isEqualTo(399);
        assertThat(DemoTimeShift.towards(DemoShop.LAST_DAY, DemoShop.LAST_DAY.minusDays(30), DemoShop.ZONE).days())
                .isZero();
    }

    @Test
    void aFaultyFileLeavesTheStoreEmptyAndNamesRowAndColumn() throws IOException {
        Path broken = copyWithBadLastRefund();
        try (Services services = new Services(Store.open(StoreConfig.embedded(TestStores.newDirectory())),
                TestStores.DEMO_CLOCK)) {
            assertThatThrownBy(() -> services.demoLoader().load(DemoSource.directory(broken), LoadProgress.NONE))
                    .isInstanceOfSatisfying(CellException.class, e -> {
                        assertThat(e.file()).isEqualTo("refunds.csv");
                        assertThat(e.column()).isEqualTo("amount");
                        assertThat(e.row()).isGreaterThan(1_000);
                    });
            assertThat(services.isStoreEmpty()).isTrue();
            assertThat(services.stats().count("customer")).isZero();
        }
    }

    @Test
    void loadingThreeWeeksLaterMovesEveryDateThreeWeeksAndReportsProgress() {
        Clock later = Clock.offset(TestStores.DEMO_CLOCK, Duration.ofDays(23));
        List<Long> reported = new ArrayList<>();
        try (Services services = new Services(Store.open(StoreConfig.embedded(TestStores.newDirectory())), later)) {
            DemoLoadResult result = services.demoLoader().load(DemoSource.directory(files),
                    (done, total) -> reported.add(done));
            assertThat(result.shiftedDays()).isEqualTo(21);
            assertThat(services.stats().lastOrderDay()).isEqualTo(DemoShop.LAST_DAY.plusDays(21));
            assertThat(services.stats().firstOrderDay()).isEqualTo(DemoShop.FIRST_DAY.plusDays(21));
            assertThat(reported).isSorted().last().isEqualTo(result.rows());
            assertThat(reported.size()).isGreaterThan(20);
        }
    }

    private static Path copyWithBadLastRefund() throws IOException {
        Path copy = TestStores.newDirectory();
        for (String file : DemoShop.FILES) {
            Files.copy(files.resolve(file), copy.resolve(file));
        }
        Path refunds = copy.resolve("refunds.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(refunds, StandardCharsets.UTF_8));
        String last = lines.get(lines.size() - 1);
        String[] cells = last.split(",", -1);
        cells[5] = "12,5元";
        lines.set(lines.size() - 1, String.join(",", cells[0], cells[1], cells[2], cells[3], cells[4], "\"12,5元\"",
                cells[6], cells[7], cells[8]));
        Files.write(refunds, lines, StandardCharsets.UTF_8);
        return copy;
    }
}
