package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The app's background executor after the window closed it. */
class FxTaskRunnerTest {

    @Test
    void workHandedInAfterCloseIsDroppedQuietly() {
        FxTaskRunner tasks = new FxTaskRunner();
        tasks.close();
        List<String> happened = new ArrayList<>();

        Cancellable handle = tasks.run("task.summary", progress -> {
            happened.add("ran");
            return 1;
        }, result -> happened.add("succeeded"), error -> happened.add("failed"));
        handle.cancel();

        assertThat(happened).isEmpty();
        assertThat(tasks.runningProperty().get()).isZero();
        assertThat(tasks.titleProperty().get()).isEmpty();
    }
}
