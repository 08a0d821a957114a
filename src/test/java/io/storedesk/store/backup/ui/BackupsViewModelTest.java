package io.storedesk.store.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.store.backup.BackupEntry;
import io.storedesk.store.backup.BackupKind;
import io.storedesk.store.backup.Backups;
import io.storedesk.ui.InlineTaskRunner;
import io.storedesk.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackupsViewModelTest {

    private final Path directory = TestStores.newDirectory();
    private final Services services = new Services(Store.open(StoreConfig.embedded(directory)), TestStores.DEMO_CLOCK);
    private final BackupsViewModel model = new BackupsViewModel(services.backups(), new InlineTaskRunner());

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void backUpNowWritesAManualBackupListsItAndEndsAtFullProgress() {
        model.load();
        assertThat(model.entries()).isEmpty();

        model.backUpNow();

        assertThat(model.entries()).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(BackupKind.MANUAL));
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("backup.done");
    }

    @Test
    void theNoticeOfANewBackupGivesTheSizeOfItsFile() throws Exception {
        model.backUpNow();

        BackupEntry made = model.entries().get(0);
        MessageKey done = model.noticeProperty().get().message();
        String english = new Messages(Messages.ENGLISH).get(done.key(), done.arguments());
        String chinese = new Messages(Messages.CHINESE).get(done.key(), done.arguments());
        Matcher size = Pattern.compile("Backup written: " + Pattern.quote(made.file().getFileName().toString())
                + " \\(([\\d,.]+) (KB|MB)\\)\\.").matcher(english);

        assertThat(size.matches()).as(english).isTrue();
        double shown = Double.parseDouble(size.group(1).replace(",", ""))
                * (size.group(2).equals("MB") ? 1024 * 1024 : 1024);
        assertThat(shown).isCloseTo(Files.size(made.file()), Percentage.withPercentage(5));
        assertThat(chinese).isEqualTo("备份已写入：" + made.file().getFileName() + "（" + size.group(1) + " "
                + size.group(2) + "）。");
    }

    @Test
    void aCheckedBackupWaitsForConfirmationThenIsStagedAndTheCurrentStoreBackedUp() {
        model.backUpNow();
        Path file = model.entries().get(0).file();

        model.verify(file);
        assertThat(model.verifiedProperty().get()).isNotNull();
        assertThat(model.stagedProperty().get()).isNull();
        assertThat(directory.resolve("restore-pending")).doesNotExist();

        model.confirmRestore();

        assertThat(model.stagedProperty().get()).isNotNull();
        assertThat(model.verifiedProperty().get()).isNull();
        assertThat(directory.resolve("restore-pending").resolve("restore.properties")).exists();
        model.load();
        assertThat(model.entries()).extracting(e -> e.kind()).contains(BackupKind.BEFORE_RESTORE);
    }

    @Test
    void aFileThatIsNotABackupShowsTheRefusalAndStagesNothing() throws Exception {
        Path notes = Files.writeString(TestStores.newDirectory().resolve("notes.sdbackup"), "hello");

        model.verify(notes);
        model.confirmRestore();

        assertThat(model.noticeProperty().get().failure()).isInstanceOfSatisfying(RefusedInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("backup.error.notBackup"));
        assertThat(model.stagedProperty().get()).isNull();
        assertThat(directory.resolve("restore-pending")).doesNotExist();
    }

    @Test
    void aRoleWithoutTheBackupRightIsRefused() {
        Access access = services.access();
        access.switchTo(new Principal("kf01", "客服一号", Role.AGENT), EnumSet.of(Permission.ORDERS_VIEW));
        Backups backups = services.backups();

        BackupsViewModel denied = new BackupsViewModel(backups, new InlineTaskRunner());
        denied.backUpNow();

        assertThat(denied.noticeProperty().get().failure()).isInstanceOfSatisfying(RefusedInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("security.denied"));
        assertThat(backups.folder()).doesNotExist();
    }
}
