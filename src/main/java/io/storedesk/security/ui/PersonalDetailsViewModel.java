package io.storedesk.security.ui;

import io.storedesk.security.PersonalDetails;
import io.storedesk.ui.TaskRunner;
import java.util.Objects;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The "Show full details" action of a detail panel: the panel says whose details it shows (an order's or a
 * ticket's id), reveal() asks the services for them in full (refused without the right, logged when shown). The
 * revealed details go as soon as the panel shows someone else.
 */
public final class PersonalDetailsViewModel {

    private final TaskRunner tasks;
    private final LongFunction<PersonalDetails> reveal;
    private final ReadOnlyObjectWrapper<PersonalDetails> revealed = new ReadOnlyObjectWrapper<>(this, "revealed");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private Long subject;

    public PersonalDetailsViewModel(TaskRunner tasks, LongFunction<PersonalDetails> reveal) {
        this.tasks = tasks;
        this.reveal = reveal;
    }

    /** The record the panel shows now (null = none); details revealed for another are dropped. */
    public void showing(Long id) {
        if (!Objects.equals(id, subject)) {
            subject = id;
            revealed.set(null);
            failure.set(null);
        }
        available.set(id != null);
    }

    public void reveal() {
        if (subject == null || busy.get()) {
            return;
        }
        long id = subject;
        busy.set(true);
        failure.set(null);
        tasks.run("security.privacy.task.reveal", progress -> reveal.apply(id), (PersonalDetails details) -> {
            busy.set(false);
            if (Objects.equals(subject, id)) {
                revealed.set(details);
            }
        }, error -> {
            busy.set(false);
            failure.set(error);
        });
    }

    public ReadOnlyObjectProperty<PersonalDetails> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** Why the last reveal was refused or failed; null after a success or a new subject. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether there is someone to reveal (the panel shows a record). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }
}
