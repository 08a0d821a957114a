package io.storedesk.cli;

import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.sync.outbox.OutboxEntry;
import io.storedesk.sync.outbox.OutboxStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `storedesk outbox list|retry|discard|confirm-held|discard-held`: what waits to reach the channels. */
@Command(name = "outbox", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Changes waiting to reach the channels: list them, retry or discard one, confirm or discard a "
                + "held mass drop of stock.")
final class OutboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static CommandLine create(StoreSessions sessions, Console console) {
        CommandLine outbox = new CommandLine(new OutboxCommand());
        outbox.addSubcommand(new ListRows(sessions, console));
        outbox.addSubcommand("retry", new Act("retry", sessions, console));
        outbox.addSubcommand("discard", new Act("discard", sessions, console));
        outbox.addSubcommand("confirm-held", new Held("confirm-held", sessions, console));
        outbox.addSubcommand("discard-held", new Held("discard-held", sessions, console));
        return outbox;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List outbox rows, newest first.")
    static final class ListRows implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--channel", paramLabel = "CODE", description = "Only this channel.")
        String channel;

        @Option(names = "--status", paramLabel = "STATUS", split = ",",
                description = "Only these: pending, held, sent, failed, discarded.")
        List<String> statuses = new ArrayList<>();

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N rows (100).")
        int limit;

        private final StoreSessions sessions;
        private final Console console;

        ListRows(StoreSessions sessions, Console console) {
            this.sessions = sessions;
            this.console = console;
        }

        @Override
        public Integer call() {
            Set<OutboxStatus> wanted = EnumSet.noneOf(OutboxStatus.class);
            for (String s : statuses) {
                try {
                    wanted.add(OutboxStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new RefusedInputException("sync.cli.badStatus", s);
                }
            }
            try (Services services = sessions.open(dataDir.value())) {
                String code = channel == null ? null : services.sync().channels().find(channel).channel().code();
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {"id", "kind", "about", "status", "attempts", "next_attempt", "last_error"});
                for (OutboxEntry r : services.sync().outbox().list(code, wanted, limit)) {
                    rows.add(new String[] {String.valueOf(r.id()), r.kind().name(), r.aggregateId(), r.status().name(),
                        String.valueOf(r.attempts()), r.nextAttemptAt() == null ? "" : r.nextAttemptAt().toString(),
                        r.lastError() == null ? "" : r.lastError()});
                }
                TextTable.print(rows, console::raw);
            }
            return ExitCodes.SUCCESS;
        }
    }

    @Command(mixinStandardHelpOptions = true, description = "Retry (at the next sync) or discard one row; audited.")
    static final class Act implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--id", required = true, paramLabel = "ID", description = "The row's id (see outbox list).")
        long id;

        private final String action;
        private final StoreSessions sessions;
        private final Console console;

        Act(String action, StoreSessions sessions, Console console) {
            this.action = action;
            this.sessions = sessions;
            this.console = console;
        }

        @Override
        public Integer call() {
            try (Services services = sessions.open(dataDir.value())) {
                if (action.equals("retry")) {
                    services.sync().outbox().retryNow(id, services.userName());
                } else {
                    services.sync().outbox().discard(id, services.userName());
                }
                console.result("sync.cli.outbox." + action, id);
            }
            return ExitCodes.SUCCESS;
        }
    }

    @Command(mixinStandardHelpOptions = true, description = "Confirm (push) or discard a channel's held stock rows; audited.")
    static final class Held implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--channel", required = true, paramLabel = "CODE", description = "The channel.")
        String channel;

        private final String action;
        private final StoreSessions sessions;
        private final Console console;

        Held(String action, StoreSessions sessions, Console console) {
            this.action = action;
            this.sessions = sessions;
            this.console = console;
        }

        @Override
        public Integer call() {
            try (Services services = sessions.open(dataDir.value())) {
                String code = services.sync().channels().find(channel).channel().code();
                int rows = action.equals("confirm-held") ? services.sync().outbox().confirmHeld(code, services.userName())
                        : services.sync().outbox().discardHeld(code, services.userName());
                console.result("sync.cli.outbox." + action, rows, code);
            }
            return ExitCodes.SUCCESS;
        }
    }
}
