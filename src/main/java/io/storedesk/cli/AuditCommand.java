package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.AuditEntry;
import io.storedesk.security.AuditFilter;
import io.storedesk.security.AuditLog;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `storedesk audit verify|list`: checks the audit log's hash chain, lists its entries with filters. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The audit log of every change: verify its hash chain, or list entries.")
final class AuditCommand implements Callable<Integer> {

    /** verify's exit code when an entry was edited, removed or inserted after it was written. */
    static final int CHAIN_BROKEN = 3;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    static CommandLine create(StoreSessions sessions, Console console) {
        CommandLine audit = new CommandLine(new AuditCommand());
        audit.addSubcommand(new Verify(sessions, console));
        audit.addSubcommand(new ListEntries(sessions, console));
        return audit;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Walk the audit log's hash chain. Exit 0 when intact, 3 with the first broken entry.")
    static final class Verify implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        private final StoreSessions sessions;
        private final Console console;

        Verify(StoreSessions sessions, Console console) {
            this.sessions = sessions;
            this.console = console;
        }

        @Override
        public Integer call() throws Exception {
            try (Services services = sessions.open(dataDir.value())) {
                AuditLog.Verification result = services.auditTrail().verify();
                AuditEntry broken = result.firstBrokenEntry().flatMap(services.auditTrail()::entry).orElse(null);
                if (json) {
                    ObjectNode root = JSON.createObjectNode();
                    root.put("entries", result.entries());
                    root.put("intact", result.intact());
                    if (broken != null) {
                        root.set("firstBrokenEntry", toJson(broken));
                    } else {
                        root.putNull("firstBrokenEntry");
                    }
                    console.raw(JSON.writeValueAsString(root));
                } else if (result.intact()) {
                    console.result("security.audit.cli.intact", result.entries());
                } else {
                    console.result("security.audit.cli.broken", result.firstBrokenEntry().orElseThrow(),
                            result.entries(), broken == null ? "" : broken.occurredAt().toString(),
                            broken == null ? "" : broken.user(), broken == null ? "" : broken.action(),
                            broken == null ? "" : broken.entity() + " " + nonNull(broken.entityId()));
                }
                return result.intact() ? ExitCodes.SUCCESS : CHAIN_BROKEN;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List audit entries, newest first.")
    static final class ListEntries implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--entity", paramLabel = "ENTITY", description = "Only this kind of record (sku, order...).")
        String entity;

        @Option(names = "--user", paramLabel = "USER", description = "Only changes by this user.")
        String user;

        @Option(names = "--action", paramLabel = "ACTION", description = "Only this action (order.hold...).")
        String action;

        @Option(names = "--from", paramLabel = "DATE", description = "From this day (YYYY-MM-DD, shop's time zone).")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Up to and including this day.")
        String to;

        @Option(names = "--text", paramLabel = "TEXT", description = "Text in the record's id or its values.")
        String text;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N entries (100).")
        int limit;

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        private final StoreSessions sessions;
        private final Console console;

        ListEntries(StoreSessions sessions, Console console) {
            this.sessions = sessions;
            this.console = console;
        }

        @Override
        public Integer call() throws Exception {
            LocalDate fromDay = day(from);
            LocalDate toDay = day(to);
            if (limit < 1) {
                throw new RefusedInputException("security.audit.cli.badLimit", limit);
            }
            try (Services services = sessions.open(dataDir.value())) {
                AuditFilter filter = services.auditTrail().filter(user, entity, action, fromDay, toDay, text);
                var page = services.auditTrail().page(filter, 0, limit);
                if (json) {
                    ObjectNode root = JSON.createObjectNode();
                    root.put("total", page.total());
                    ArrayNode entries = root.putArray("entries");
                    page.entries().forEach(e -> entries.add(toJson(e)));
                    console.raw(JSON.writeValueAsString(root));
                } else {
                    List<String[]> rows = new ArrayList<>();
                    rows.add(new String[] {"id", "time", "user", "action", "entity", "id_of", "before", "after"});
                    for (AuditEntry e : page.entries()) {
                        rows.add(new String[] {String.valueOf(e.id()), e.occurredAt().toString(), e.user(), e.action(),
                            e.entity(), nonNull(e.entityId()), text(e.before()), text(e.after())});
                    }
                    TextTable.print(rows, console::raw);
                    console.result("security.audit.cli.shown", page.entries().size(), page.total());
                }
            }
            return ExitCodes.SUCCESS;
        }

        private static LocalDate day(String text) {
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new RefusedInputException("security.audit.cli.badDate", text);
            }
        }
    }

    static ObjectNode toJson(AuditEntry e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", e.id());
        node.put("time", e.occurredAt().toString());
        node.put("user", e.user());
        node.put("action", e.action());
        node.put("entity", e.entity());
        node.put("entityId", e.entityId());
        node.set("before", JSON.valueToTree(e.before()));
        node.set("after", JSON.valueToTree(e.after()));
        return node;
    }

    private static String text(Map<String, String> values) {
        return values.isEmpty() ? "" : new TreeMap<>(values).toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
