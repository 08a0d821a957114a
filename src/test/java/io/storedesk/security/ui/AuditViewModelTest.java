package io.storedesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.security.AccessDeniedException;
import io.storedesk.security.AuditEntry;
import io.storedesk.security.AuditField;
import io.storedesk.security.AuditLog;
import io.storedesk.security.Permission;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit viewer's filters, paging, side-by-side fields, export and chain check, without a window. */
class AuditViewModelTest {

    private final Services services = TestStores.emptyInMemory();
    private final AuditViewModel model = new AuditViewModel(services.auditTrail(), new InlineTaskRunner());

    @BeforeEach
    void entries() {
        AuditLog audit = services.audit();
        for (int i = 1; i <= 130; i++) {
            audit.record(i % 2 == 0 ? "lin" : "wang", new AuditLog.Change("catalog.edit", "sku", "A-" + i,
                    Map.of("price", "10.00", "title", "甲"), Map.of("price", i + ".00", "title", "甲")));
        }
        audit.record("lin", new AuditLog.Change("order.hold", "order", "=SUM(A1)", Map.of("status", "PAID"),
                Map.of("status", "ON_HOLD")));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void opensOnTheNewestPageWithTheFiltersChoices() {
        model.open();

        assertThat(model.users()).containsExactly("lin", "wang");
        assertThat(model.entities()).containsExactly("order", "sku");
        assertThat(model.totalProperty().get()).isEqualTo(131);
        assertThat(model.rows()).hasSize(AuditViewModel.PAGE_SIZE);
        assertThat(model.rows().get(0).action()).isEqualTo("order.hold");
        assertThat(model.hasNextProperty().get()).isTrue();

        model.nextPage();
        assertThat(model.pageProperty().get()).isEqualTo(1);
        assertThat(model.rows()).hasSize(31);
        assertThat(model.rows().get(30).entityId()).isEqualTo("A-1");
        assertThat(model.hasNextProperty().get()).isFalse();
        model.previousPage();
        assertThat(model.pageProperty().get()).isZero();
    }

    @Test
    void filtersApplyWhenSearchedAndTheFocusedEntryShowsBeforeAndAfterSideBySide() {
        model.open();
        model.userProperty().set("wang");
        model.entityProperty().set("sku");
        model.textProperty().set("A-13");

        assertThat(model.totalProperty().get()).isEqualTo(131);
        model.search();

        // "A-13" is in; wang changed the odd ones.
        assertThat(model.rows()).extracting(AuditEntry::entityId).containsExactly("A-13");
        assertThat(model.fields()).containsExactly(new AuditField("price", "10.00", "13.00"),
                new AuditField("title", "甲", "甲"));
        assertThat(model.fields().get(0).changed()).isTrue();
        assertThat(model.fields().get(1).changed()).isFalse();
    }

    @Test
    void exportWritesEveryMatchingEntryNotJustThePageWithFormulasDefused() throws Exception {
        model.open();
        Path file = TestStores.newDirectory().resolve("audit.csv");

        model.export(file, Locale.ENGLISH);

        List<String> lines = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        assertThat(lines).hasSize(132);
        assertThat(lines.get(0)).isEqualTo("No.,Time,User,Action,Record kind,Record,Before,After");
        assertThat(lines.get(1)).contains("order.hold").contains(",'=SUM(A1),").doesNotContain(",=");
        assertThat(model.noticeProperty().get().isProblem()).isFalse();
    }

    @Test
    void verifySaysIntactOrNamesTheFirstBrokenEntry() {
        model.verify();
        assertThat(model.verificationProperty().get().intact()).isTrue();
        assertThat(model.verificationProperty().get().entries()).isEqualTo(131);

        long tenth = services.auditTrail().page(services.auditTrail().filter(null, null, null, null, null, "A-10"),
                0, 1).entries().get(0).id();
        services.store().dsl().execute("UPDATE audit_log SET user_name = 'mallory' WHERE id = ?", tenth);
        model.verify();

        assertThat(model.verificationProperty().get().firstBrokenEntry()).hasValue(tenth);
    }

    @Test
    void aRoleWithoutTheSettingsRightIsRefused() {
        services.access().switchTo(new Principal("mei", "Mei", Role.AGENT), EnumSet.of(Permission.ORDERS_VIEW));

        model.open();

        assertThat(model.noticeProperty().get().failure()).isInstanceOf(AccessDeniedException.class);
        assertThat(model.rows()).isEmpty();
    }
}
