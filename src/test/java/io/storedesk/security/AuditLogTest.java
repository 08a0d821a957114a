package io.storedesk.security;

import static io.storedesk.store.schema.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.testing.TestStores;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    private final Services services = TestStores.emptyInMemory();
    private final AuditLog audit = services.audit();

    @AfterEach
    void close() {
        services.close();
    }

    private void threeChanges() {
        audit.record("lin", new AuditLog.Change("catalog.edit", "sku", "A-1", Map.of("price", "10.00"),
                Map.of("price", "12.00")));
        audit.record("wang", List.of(
                new AuditLog.Change("catalog.bulk", "sku", "A-2", Map.of("listed", "true"), Map.of("listed", "false")),
                new AuditLog.Change("catalog.bulk", "sku", "A-3", Map.of("stage", "MATURE"), Map.of("stage", "DECLINE"))));
    }

    @Test
    void entriesKeepWhoWhatBeforeAndAfterNewestFirst() {
        threeChanges();
        audit.record("lin", new AuditLog.Change("catalog.edit", "sku", "A-1", Map.of("price", "12.00"),
                Map.of("price", "11.50")));

        List<AuditEntry> history = audit.history("sku", "A-1", 10);
        assertThat(history).extracting(AuditEntry::user, e -> e.after().get("price"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lin", "11.50"),
                        org.assertj.core.groups.Tuple.tuple("lin", "12.00"));
        assertThat(history.get(1).before()).containsEntry("price", "10.00");
        assertThat(history.get(0).occurredAt()).isEqualTo(TestStores.DEMO_CLOCK.instant());
    }

    @Test
    void eachEntryChainsToTheOneBefore() {
        threeChanges();

        AuditLog.Verification verification = audit.verify();
        assertThat(verification.entries()).isEqualTo(3);
        assertThat(verification.intact()).isTrue();
    }

    @Test
    void anEditedEntryBreaksTheChainWhereItWasEdited() {
        threeChanges();
        long second = services.store().dsl().select(AUDIT_LOG.ID).from(AUDIT_LOG).where(AUDIT_LOG.ENTITY_ID.eq("A-2"))
                .fetchOne(AUDIT_LOG.ID);
        services.store().dsl().update(AUDIT_LOG).set(AUDIT_LOG.AFTER_VALUE, "{\"listed\":\"true\"}")
                .where(AUDIT_LOG.ID.eq(second)).execute();

        assertThat(audit.verify().firstBrokenEntry()).contains(second);
    }

    @Test
    void aRemovedEntryBreaksTheChainAtTheNextOne() {
        threeChanges();
        var ids = services.store().dsl().select(AUDIT_LOG.ID).from(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.ID);
        services.store().dsl().deleteFrom(AUDIT_LOG).where(AUDIT_LOG.ID.eq(ids.get(1))).execute();

        assertThat(audit.verify().firstBrokenEntry()).contains(ids.get(2));
    }
}
