package io.storedesk.cli;

import io.storedesk.common.Messages;
import java.io.PrintWriter;

/** Where a command writes: results to stdout, progress and problems to stderr, text in the user's language. */
public final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Messages messages;

    public Console(PrintWriter out, PrintWriter err, Messages messages) {
        this.out = out;
        this.err = err;
        this.messages = messages;
    }

    public void result(String key, Object... arguments) {
        out.println(messages.get(key, arguments));
        out.flush();
    }

    public void raw(String text) {
        out.println(text);
        out.flush();
    }

    public void progress(String key, Object... arguments) {
        err.println(messages.get(key, arguments));
        err.flush();
    }

    public void problem(String text) {
        err.println(text);
        err.flush();
    }

    public Messages messages() {
        return messages;
    }
}
