package io.storedesk.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.cli.Cli;
import io.storedesk.cli.ExitCodes;
import io.storedesk.common.Messages;
import io.storedesk.common.UserFacingException;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A store another StoreDesk process holds: opening it says which directory and what to do, in the window's
 * words and on the command line, never with a stack trace. H2 shares a file between the connections of one
 * JVM, so the other holder is a child process.
 */
class StoreInUseTest {

    @Test
    void aStoreHeldByAnotherProcessIsRefusedWithAClearMessageAndReleasedWhenItCloses() throws Exception {
        Path directory = TestStores.newDirectory();
        Store.open(StoreConfig.embedded(directory)).close();
        try (ChildJvm other = ChildJvm.start(StoreHolder.class, "OPEN", directory.toString())) {
            assertThat(other.awaitReady()).as(other.output()).isTrue();

            assertThatThrownBy(() -> Store.open(StoreConfig.embedded(directory)))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("store.error.inUse");
                        assertThat(new Messages(Locale.ENGLISH).describe(e)).contains(directory.toString())
                                .contains("another StoreDesk");
                        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).describe(e)).contains(directory.toString());
                    });

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Cli.create(dir -> { }, dir -> new Services(Store.open(StoreConfig.embedded(Path.of(dir))),
                    TestStores.DEMO_CLOCK), new PrintWriter(out, true), new PrintWriter(err, true), Locale.ENGLISH)
                    .execute("backup", "--data-dir", directory.toString(), "--to",
                            directory.resolve("b.sdbackup").toString());
            assertThat(exit).isEqualTo(ExitCodes.FAILURE);
            assertThat(err.toString()).contains(directory.toString()).contains("another StoreDesk")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(out.toString()).isEmpty();

            other.finish();
        }
        Store.open(StoreConfig.embedded(directory)).close();
    }
}
