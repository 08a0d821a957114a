package io.storedesk.store;

import static io.storedesk.store.schema.Tables.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.store.schema.tables.records.WarehouseRecord;
import io.storedesk.testing.TestStores;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BulkInsertTest {

    private final Services services = TestStores.emptyInMemory();
    private final DSLContext dsl = services.store().dsl();

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void returnsTheGeneratedIdsInTheOrderOfTheRows() {
        List<WarehouseRecord> rows = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            rows.add(warehouse("W" + i));
        }
        List<Long> ids = BulkInsert.insertReturningIds(dsl, rows);

        assertThat(ids).hasSize(2_345).doesNotHaveDuplicates();
        for (int i : new int[] {0, 999, 1_000, 2_344}) {
            assertThat(dsl.select(WAREHOUSE.CODE).from(WAREHOUSE).where(WAREHOUSE.ID.eq(ids.get(i))).fetchOne(0))
                    .isEqualTo("W" + i);
        }
    }

    @Test
    void columnsLeftUnsetTakeTheirDefaults() {
        BulkInsert.insert(dsl, List.of(warehouse("W1")));
        WarehouseRecord stored = dsl.selectFrom(WAREHOUSE).fetchSingle();
        assertThat(stored.getVersion()).isZero();
        assertThat(stored.getActive()).isTrue();
        assertThat(stored.getCreatedAt()).isNotNull();
    }

    @Test
    void manyRowsAStatementWritesEveryRowWithItsOwnValuesAndTheDefaults() {
        List<WarehouseRecord> rows = new ArrayList<>();
        for (int i = 0; i < 245; i++) {
            rows.add(warehouse("W" + i));
        }
        BulkInsert.insertMany(dsl, rows);

        assertThat(dsl.select(WAREHOUSE.CODE).from(WAREHOUSE).fetch(WAREHOUSE.CODE))
                .containsExactlyInAnyOrderElementsOf(rows.stream().map(WarehouseRecord::getCode).toList());
        assertThat(dsl.fetchCount(WAREHOUSE, WAREHOUSE.VERSION.eq(0).and(WAREHOUSE.ACTIVE.isTrue()))).isEqualTo(245);
    }

    @Test
    void manyRowsAStatementRefusesRowsThatSetDifferentColumns() {
        WarehouseRecord withAddress = warehouse("W2");
        withAddress.setAddress("中山路1号");
        assertThatThrownBy(() -> BulkInsert.insertMany(dsl, List.of(warehouse("W1"), withAddress)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address");
        assertThat(dsl.fetchCount(WAREHOUSE)).isZero();
    }

    @Test
    void refusesRowsThatSetDifferentColumnsBeforeWritingAnything() {
        WarehouseRecord withAddress = warehouse("W2");
        withAddress.setAddress("中山路1号");
        assertThatThrownBy(() -> services.store().inTransaction(() ->
                BulkInsert.insert(dsl, List.of(warehouse("W1"), withAddress))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address");
        assertThat(dsl.fetchCount(WAREHOUSE)).isZero();
    }

    private WarehouseRecord warehouse(String code) {
        WarehouseRecord r = dsl.newRecord(WAREHOUSE);
        r.setCode(code);
        r.setName(code);
        r.setProvince("上海市");
        r.setCity("上海市");
        return r;
    }
}
