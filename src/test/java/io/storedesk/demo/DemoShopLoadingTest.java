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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loading itself: all or nothing, with progress, and dates moved towards the real now by whole days. */
class DemoShopLoadingTest {

    private static Path files;

    @BeforeAll
    static void writeFiles() {
        files = TestStores.newDirectory();
        new DemoShopGenerator().writeTo(files);
    }

    @Test
    void datesMoveForwardByWholeDaysSoTheShopsNowIsWithinTheLastDayAndNeverAhead() {
        LocalDateTime now = DemoShop.NOW;
        assertThat(shiftAt(now)).isZero();
        assertThat(shiftAt(now.plusHours(23).plusMinutes(59))).isZero();
        assertThat(shiftAt(now.plusDays(1))).isEqualTo(1);
        // Six days and a morning later, before the demo's evening hour: the shop ends yesterday evening.
        assertThat(shiftAt(now.plusDays(6).withHour(9))).isEqualTo(5);
        assertThat(shiftAt(now.plusDays(400).plusHours(3))).isEqualTo(400);
        assertThat(shiftAt(now.minusDays(30))).isZero();
        DemoTimeShift shift = DemoTimeShift.towards(now, now.plusDays(6).withHour(9), DemoShop.ZONE);
        assertThat(shift.instant(now)).isBefore(now.plusDays(6).withHour(9).atZone(DemoShop.ZONE).toInstant());
    }

    private static int shiftAt(LocalDateTime realNow) {
        return DemoTimeShift.towards(DemoShop.NOW, realNow, DemoShop.ZONE).days();
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
    void loadingThreeWeeksAndTwoDaysLaterMovesEveryDateThatFarAndReportsProgress() {
        Clock later = Clock.offset(TestStores.DEMO_CLOCK, Duration.ofDays(23).plusHours(5));
        List<Long> reported = new ArrayList<>();
        try (Services services = new Services(Store.open(StoreConfig.embedded(TestStores.newDirectory())), later)) {
            DemoLoadResult result = services.demoLoader().load(DemoSource.directory(files),
                    (done, total) -> reported.add(done));
            assertThat(result.shiftedDays()).isEqualTo(23);
            assertThat(services.stats().lastOrderDay()).isEqualTo(DemoShop.LAST_DAY.plusDays(23));
            assertThat(services.stats().firstOrderDay()).isEqualTo(DemoShop.FIRST_DAY.plusDays(23));
            // The rows counted up to all of them, then the rollups' build, which has no count.
            assertThat(reported.subList(0, reported.size() - 1)).isSorted().last().isEqualTo(result.rows());
            assertThat(reported).last().isEqualTo(-1L);
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
