package io.storedesk.orders.review;

import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
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
        return messages.get(hold.messageKey(), resolve(hold.args()));
    }

    public String label(ReviewHold hold) {
        return messages.get(hold.labelKey());
    }

    public String merge(MergeGroup group) {
        return messages.get(group.reasonKey(), resolve(group.args()));
    }

    public String problem(AddressProblem problem) {
        return messages.get(problem.messageKey());
    }

    private Object[] resolve(List<Object> args) {
        return args.stream().map(this::resolve).toArray();
    }

    private Object resolve(Object arg) {
        if (arg instanceof AddressProblem problem) {
            return problem(problem);
        }
        if (arg instanceof MessageKey key) {
            return messages.get(key.key(), key.arguments());
        }
        if (arg instanceof List<?> list && !list.isEmpty()) {
            // Joined pairwise with review.list.more ("{0}, {1}" / "{0}、{1}"), so each language picks its comma.
            Object joined = resolve(list.get(0));
            for (Object next : list.subList(1, list.size())) {
                joined = messages.get("review.list.more", joined, resolve(next));
            }
            return joined;
        }
        return arg;
    }
}
