package io.storedesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.security.AccessDeniedException;
import io.storedesk.security.Permission;
import io.storedesk.security.PersonalDetails;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.ui.InlineTaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDetailsViewModelTest {

    private final List<Long> asked = new ArrayList<>();

    private PersonalDetails reveal(long id) {
        asked.add(id);
        return new PersonalDetails(7L, "张三", "13812345678", null, "广东省 深圳市 南山区 科技园 1 号");
    }

    @Test
    void revealsOnlyWhenAskedAndForTheRecordShown() {
        PersonalDetailsViewModel model = new PersonalDetailsViewModel(new InlineTaskRunner(), this::reveal);
        model.showing(42L);

        assertThat(model.revealedProperty().get()).isNull();
        assertThat(asked).isEmpty();
        model.reveal();

        assertThat(asked).containsExactly(42L);
        assertThat(model.revealedProperty().get().phone()).isEqualTo("13812345678");
    }

    @Test
    void showingSomeoneElseDropsWhatWasRevealed() {
        PersonalDetailsViewModel model = new PersonalDetailsViewModel(new InlineTaskRunner(), this::reveal);
        model.showing(42L);
        model.reveal();

        model.showing(42L);
        assertThat(model.revealedProperty().get()).isNotNull();
        model.showing(43L);
        assertThat(model.revealedProperty().get()).isNull();
        model.showing(null);
        assertThat(model.availableProperty().get()).isFalse();
        model.reveal();
        assertThat(asked).containsExactly(42L);
    }

    @Test
    void aRefusalIsKeptToBeShownAndNothingIsRevealed() {
        AccessDeniedException denied = new AccessDeniedException(new Principal("mei", "Mei", Role.AGENT),
                Permission.PERSONAL_DATA_VIEW);
        PersonalDetailsViewModel model = new PersonalDetailsViewModel(new InlineTaskRunner(), id -> {
            throw denied;
        });
        model.showing(42L);

        model.reveal();

        assertThat(model.failureProperty().get()).isSameAs(denied);
        assertThat(model.revealedProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();
    }
}
