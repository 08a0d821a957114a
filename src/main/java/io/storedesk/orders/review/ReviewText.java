package io.storedesk.orders.review;

import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import io.storedesk.orders.RouteNotes;
import java.util.List;

/**
 * Review holds, address problems and merge suggestions as sentences in the user's language. Unlike a plain
 * {@link Messages#get} it also translates a list argument (the missing address parts) and joins it.
 */
public final class ReviewText {

    private final Messages messages;

    public ReviewText(Messages messages) {
        this.messages = messages;
    }

    public String hold(ReviewHold hold) {
        return render(new MessageKey(hold.messageKey(), hold.args().toArray()));
    }

    public String label(ReviewHold hold) {
        return messages.get(hold.labelKey());
    }

    public String merge(MergeGroup group) {
        return render(new MessageKey(group.reasonKey(), group.args().toArray()));
    }

    public String problem(AddressProblem problem) {
        return messages.get(problem.messageKey());
    }

    /** One resolver for stored notes and live holds alike: {@link RouteNotes} translates lists and problems. */
    private String render(MessageKey note) {
        return RouteNotes.render(messages, List.of(note)).get(0);
    }
}
