package io.storedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.storedesk.stock.StockLedgerRepository;
import io.storedesk.stock.StockRepository;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * Stock quantities change only through the ledger: no class but {@link StockLedgerRepository} writes
 * stock_level, stock_batch or stock_movement (decision 0013). Reading them is free.
 */
class StockWritesTest {

    private static final String SCHEMA = "io.storedesk.store.schema";
    private static final Set<String> TABLES = Set.of(SCHEMA + ".tables.StockLevel", SCHEMA + ".tables.StockBatch",
            SCHEMA + ".tables.StockMovement");
    private static final Set<String> RECORDS = Set.of(SCHEMA + ".tables.records.StockLevelRecord",
            SCHEMA + ".tables.records.StockBatchRecord", SCHEMA + ".tables.records.StockMovementRecord");
    /** jOOQ calls that start a write (or hand out a record that can be stored). */
    private static final Set<String> WRITES = Set.of("update", "insertInto", "deleteFrom", "delete", "mergeInto",
            "newRecord", "batchInsert", "batchUpdate", "batchStore", "batchDelete", "batchMerge", "executeInsert",
            "executeUpdate", "executeDelete", "truncate", "truncateTable", "loadInto");

    /** Every class of the application except the generated schema, which defines the tables. */
    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.storedesk")
            .that(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(SCHEMA + "..")));

    static final ArchRule onlyTheLedgerRepositoryWritesStock = noClasses()
            .that().doNotBelongToAnyOf(StockLedgerRepository.class)
            .should(writeStockTables())
            .because("every change of a stock quantity is booked with its ledger entry (decision 0013)");

    /** SQL text could write stock where the rule above cannot see it; the store package runs its own. */
    static final ArchRule noStatementsAsText = noClasses()
            .that().resideOutsideOfPackage("io.storedesk.store..")
            .should().callMethodWhere(DescribedPredicate.describe("a DSLContext statement given as SQL text",
                    call -> call.getTargetOwner().isEquivalentTo(DSLContext.class)
                            && Set.of("execute", "query").contains(call.getName())
                            && !call.getTarget().getRawParameterTypes().isEmpty()
                            && call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(String.class)));

    @Test
    void onlyTheLedgerRepositoryWritesStockLevelsBatchesAndTheLedger() {
        assertThat(APPLICATION.contain(StockRepository.class)).as("the application was imported").isTrue();
        onlyTheLedgerRepositoryWritesStock.check(APPLICATION);
        noStatementsAsText.check(APPLICATION);
    }

    @Test
    void theRuleCatchesEveryKindOfWriteAndLetsReadsThrough() {
        JavaClasses sneaky = new ClassFileImporter().importClasses(SneakyStockWriters.Update.class,
                SneakyStockWriters.DeleteInLambda.class, SneakyStockWriters.Record.class,
                SneakyStockWriters.Insert.class, SneakyStockWriters.Reader.class);

        EvaluationResult result = onlyTheLedgerRepositoryWritesStock.evaluate(sneaky);

        List<String> violations = result.getFailureReport().getDetails();
        for (String writer : List.of("Update", "DeleteInLambda", "Record", "Insert")) {
            assertThat(violations).as(writer).anyMatch(v -> v.contains("SneakyStockWriters$" + writer));
        }
        assertThat(violations).noneMatch(v -> v.contains("SneakyStockWriters$Reader"));
        assertThat(noStatementsAsText.evaluate(new ClassFileImporter().importClasses(SneakyStockWriters.Text.class))
                .hasViolation()).isTrue();
    }

    /**
     * Writes a stock table: depends on one of its record classes, or has a method that names a stock table and
     * starts a jOOQ write (ArchUnit counts what a lambda does as done by the method that declares it).
     */
    private static ArchCondition<JavaClass> writeStockTables() {
        return new ArchCondition<>("write stock_level, stock_batch or stock_movement") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getDirectDependenciesFromSelf().stream()
                        .map(d -> d.getTargetClass().getName()).filter(RECORDS::contains).distinct()
                        .forEach(record -> events.add(SimpleConditionEvent.satisfied(javaClass,
                                javaClass.getName() + " uses " + record)));
                for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                    if (unit.getFieldAccesses().stream().anyMatch(StockWritesTest::isStockTable)
                            && unit.getMethodCallsFromSelf().stream().anyMatch(StockWritesTest::isWrite)) {
                        events.add(SimpleConditionEvent.satisfied(unit, unit.getFullName()
                                + " writes a stock table"));
                    }
                }
            }
        };
    }

    private static boolean isStockTable(JavaFieldAccess access) {
        return TABLES.contains(access.getTargetOwner().getName())
                || TABLES.contains(access.getTarget().getRawType().getName());
    }

    private static boolean isWrite(JavaMethodCall call) {
        String owner = call.getTargetOwner().getName();
        return (owner.equals("org.jooq.DSLContext") || owner.equals("org.jooq.impl.DSL"))
                && WRITES.contains(call.getName());
    }
}
