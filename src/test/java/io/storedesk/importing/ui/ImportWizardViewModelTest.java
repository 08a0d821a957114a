package io.storedesk.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import io.storedesk.importing.FieldSpec;
import io.storedesk.importing.ImportJob;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowStatus;
import io.storedesk.testing.ManualTaskRunner;
import io.storedesk.testing.Sheets;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.I18n;
import io.storedesk.ui.InlineTaskRunner;
import io.storedesk.ui.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImportWizardViewModelTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private final Services services = TestStores.emptyInMemory();
    private final AtomicLong nanos = new AtomicLong();

    @AfterEach
    void close() {
        services.close();
    }

    private ImportWizardViewModel wizard(TaskRunner tasks) {
        return new ImportWizardViewModel(services.imports(), tasks, new I18n(Locale.ENGLISH), () -> "lin",
                ImportKindId.CATALOG, nanos::get);
    }

    private static Path catalogFile() {
        return Sheets.csv("prices.csv", "商品编码,商品名称,售价,Colour note",
                "D-M,云柔纸尿裤 M,119.00,blue",
                "D-L,云柔纸尿裤 L,-5,red",
                "D-XL,云柔纸尿裤 XL,129,green");
    }

    private static String text(MessageKey key) {
        return ENGLISH.get(key.key(), key.arguments());
    }

    @Test
    void aChosenFileGetsItsColumnsMappedByTheirNames() {
        ImportWizardViewModel wizard = wizard(new InlineTaskRunner());

        wizard.chooseFile(catalogFile());

        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
        assertThat(wizard.mapping()).filteredOn(m -> !m.column().isEmpty())
                .extracting(m -> m.field().name(), MappingChoice::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sku", "商品编码"),
                        org.assertj.core.groups.Tuple.tuple("title", "商品名称"),
                        org.assertj.core.groups.Tuple.tuple("price", "售价"));
        assertThat(wizard.layoutProperty().get().sample()).hasSize(3);
        assertThat(wizard.layoutProperty().get().sample().get(0)).containsExactly("D-M", "云柔纸尿裤 M", "119.00", "blue");
        assertThat(wizard.missingRequired()).isEmpty();
    }

    @Test
    void aRequiredFieldWithoutAColumnIsNamedAndCanBeChosen() {
        ImportWizardViewModel wizard = wizard(new InlineTaskRunner());
        wizard.chooseFile(Sheets.csv("odd.csv", "Item,Name,Amount", "D-M,云柔,119"));

        assertThat(wizard.missingRequired()).extracting(FieldSpec::name).containsExactly("sku");
        wizard.mapping().stream().filter(m -> m.field().name().equals("sku")).findFirst().orElseThrow()
                .columnProperty().set("Item");
        wizard.mapping().stream().filter(m -> m.field().name().equals("price")).findFirst().orElseThrow()
                .columnProperty().set("Amount");
        wizard.mapping().stream().filter(m -> m.field().name().equals("title")).findFirst().orElseThrow()
                .columnProperty().set("Name");
        wizard.preview();

        assertThat(wizard.missingRequired()).isEmpty();
        assertThat(wizard.resultProperty().get().outcomes()).extracting(RowOutcome::status)
                .containsExactly(RowStatus.NEW);
    }

    @Test
    void thePreviewShowsEveryRowAndWritesNothing() {
        ImportWizardViewModel wizard = wizard(new InlineTaskRunner());
        wizard.chooseFile(catalogFile());

        nanos.set(0);
        wizard.preview();

        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.PREVIEW);
        assertThat(wizard.shownRows()).extracting(RowOutcome::status)
                .containsExactly(RowStatus.NEW, RowStatus.REFUSED, RowStatus.NEW);
        wizard.statusFilterProperty().set(RowStatus.REFUSED);
        assertThat(wizard.shownRows()).extracting(RowOutcome::row).containsExactly(3L);
        assertThat(services.catalog().skuCount()).isZero();
    }

    @Test
    void progressCountsRowsAndRowsPerSecond() {
        ImportWizardViewModel wizard = new ImportWizardViewModel(services.imports(), new InlineTaskRunner(),
                new I18n(Locale.ENGLISH), () -> "lin", ImportKindId.CATALOG, () -> nanos.getAndAdd(500_000_000L));
        wizard.chooseFile(catalogFile());

        wizard.preview();

        assertThat(wizard.rowsDoneProperty().get()).isEqualTo(3);
        assertThat(wizard.rowsPerSecondProperty().get()).as("3 rows in half a second").isEqualTo(6.0);
    }

    @Test
    void allOrNothingWritesNothingWhileRowsAreRefusedAndValidOnlyWritesTheRest() {
        ImportWizardViewModel wizard = wizard(new InlineTaskRunner());
        wizard.chooseFile(catalogFile());

        wizard.apply();
        assertThat(text(wizard.noticeProperty().get())).startsWith("Nothing was written: 1 row is refused and "
                + "\"all or nothing\" was chosen. Fix it (export the refused row)");
        assertThat(services.catalog().skuCount()).isZero();

        wizard.modeProperty().set(ImportMode.VALID_ONLY);
        wizard.apply();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.DONE);
        assertThat(text(wizard.noticeProperty().get())).contains("2 rows written, 1 refused");
        assertThat(services.catalog().skuCount()).isEqualTo(2);
        assertThat(wizard.recentJobs()).extracting(ImportJob::status).containsExactly(ImportJob.APPLIED);
    }

    @Test
    void aJobIsUndoneFromTheListOfRecentImports() {
        ImportWizardViewModel wizard = wizard(new InlineTaskRunner());
        wizard.chooseFile(catalogFile());
        wizard.modeProperty().set(ImportMode.VALID_ONLY);
        wizard.apply();
        long job = wizard.resultProperty().get().jobId();

        wizard.undo(job);

        assertThat(text(wizard.noticeProperty().get())).isEqualTo("Import " + job + " was undone: every value it "
                + "changed is back.");
        assertThat(services.catalog().skuCount()).isZero();
        assertThat(wizard.recentJobs()).extracting(ImportJob::status).containsExactly(ImportJob.UNDONE);
    }

    @Test
    void refusedRowsExportWithTheirReasonReadyToFix() throws Exception {
        ImportWizardViewModel wizard = wizard(new InlineTaskRunner());
        wizard.chooseFile(catalogFile());
        wizard.preview();
        Path report = TestStores.newDirectory().resolve("refused.csv");

        wizard.exportRefused(report);

        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("D-L,云柔纸尿裤 L,-5,red,").contains("a negative value is not allowed");
        assertThat(text(wizard.noticeProperty().get())).startsWith("1 refused row written to refused.csv, each with its reason; fix it there");
    }

    @Test
    void aCancelledRunWritesNothingAndItsLateAnswerIsDropped() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        ImportWizardViewModel wizard = wizard(tasks);
        wizard.chooseFile(catalogFile());
        tasks.finish(0);
        wizard.modeProperty().set(ImportMode.VALID_ONLY);
        wizard.apply();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.WORKING);

        wizard.cancel();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
        assertThat(text(wizard.noticeProperty().get())).isEqualTo("Cancelled: nothing was written.");
        tasks.finish(0);

        assertThat(wizard.stepProperty().get()).as("the late answer changes nothing shown").isEqualTo(WizardStep.MAPPING);
        assertThat(wizard.resultProperty().get()).isNull();
        assertThat(wizard.failureProperty().get()).isNull();
        assertThat(services.catalog().skuCount()).isZero();
        assertThat(services.imports().recentJobs(5)).isEmpty();
    }
}
