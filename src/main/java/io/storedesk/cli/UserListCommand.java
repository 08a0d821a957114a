package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.security.UserAccount;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk user list`: every user with role, state and last sign-in. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print every user: user name, name, role, active, can sign in, last sign-in.")
final class UserListCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] COLUMNS = {"username", "name", "role", "active", "signIn", "lastLogin"};

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    private final StoreSessions sessions;
    private final Console console;

    UserListCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        try (Services services = sessions.open(dataDir.value())) {
            List<UserAccount> accounts = services.users().list();
            if (json) {
                console.raw(toJson(accounts));
            } else {
                print(accounts, services.shop().zone());
            }
        }
        return ExitCodes.SUCCESS;
    }

    private void print(List<UserAccount> accounts, ZoneId zone) {
        Messages messages = console.messages();
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            header[i] = messages.get("security.users.cli.column." + COLUMNS[i]);
        }
        rows.add(header);
        String yes = messages.get("security.users.cli.yes");
        String no = messages.get("security.users.cli.no");
        for (UserAccount a : accounts) {
            rows.add(new String[] {a.username(), a.displayName(), messages.get("security.role." + a.role().name()),
                a.active() ? yes : no, a.hasPassword() ? yes : no, time(a.lastLoginAt(), zone, "—")});
        }
        TextTable.print(rows, console::raw);
    }

    private static String time(Instant at, ZoneId zone, String none) {
        return at == null ? none : TIME.format(at.atZone(zone));
    }

    static String toJson(List<UserAccount> accounts) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode users = mapper.createArrayNode();
        for (UserAccount a : accounts) {
            users.addObject()
                    .put("username", a.username())
                    .put("displayName", a.displayName())
                    .put("role", a.role().name())
                    .put("active", a.active())
                    .put("canSignIn", a.hasPassword())
                    .put("teamId", a.teamId())
                    .put("warehouseId", a.warehouseId())
                    .put("lastLoginAt", a.lastLoginAt() == null ? null : a.lastLoginAt().toString())
                    .put("lockedUntil", a.lockedUntil() == null ? null : a.lockedUntil().toString())
                    .put("version", a.version());
        }
        return mapper.writeValueAsString(users);
    }
}
