package io.storedesk.sync.inbound;

import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import io.storedesk.sync.InboundStore.InboundResult;
import java.util.ArrayList;
import java.util.List;

/** What storing one page did so far: counts, and problems as message keys naming the record. */
final class PageTally {

    int created;
    int updated;
    int unchanged;
    int refused;
    int conflicts;
    final List<MessageKey> problems = new ArrayList<>();

    /** A record left out: counted as refused, with the reason. */
    void refuse(String key, Object... arguments) {
        refused++;
        problems.add(new MessageKey(key, arguments));
    }

    /** Something a person should know about a record that was stored all the same. */
    void note(String key, Object... arguments) {
        problems.add(new MessageKey(key, arguments));
    }

    InboundResult result(Messages messages) {
        return new InboundResult(created, updated, unchanged, refused, conflicts,
                problems.stream().map(p -> messages.get(p.key(), p.arguments())).toList());
    }
}
