package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.engine.ChannelEndpoint;
import io.storedesk.sync.engine.ConnectionCheck;
import io.storedesk.sync.engine.NewChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `storedesk channel add|list|test`: the channels StoreDesk syncs with. Secrets only ever by variable name. */
@Command(name = "channel", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Channels synced through an adapter (Shopify, WooCommerce, Odoo): add, list, test.")
final class ChannelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static CommandLine create(StoreSessions sessions, Console console) {
        CommandLine channel = new CommandLine(new ChannelCommand());
        channel.addSubcommand(new Add(sessions, console));
        channel.addSubcommand(new ListChannels(sessions, console));
        channel.addSubcommand(new Test(sessions, console));
        return channel;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Add a channel. Secrets are never given on the command line: name the environment "
                    + "variables that hold them; they are read at each sync.")
    static final class Add implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "shopify, woocommerce or odoo.")
        String kind;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The channel's name.")
        String name;

        @Option(names = "--base-url", required = true, paramLabel = "URL",
                description = "The API's address, e.g. https://shop.myshopify.com or http://127.0.0.1:8069.")
        String baseUrl;

        @Option(names = "--token-env", paramLabel = "VAR", description = "Variable holding the access token (Shopify).")
        String tokenEnv;

        @Option(names = "--key-env", paramLabel = "VAR",
                description = "Variable holding the consumer key (WooCommerce) or login (Odoo).")
        String keyEnv;

        @Option(names = "--secret-env", paramLabel = "VAR",
                description = "Variable holding the consumer secret (WooCommerce) or password/API key (Odoo).")
        String secretEnv;

        @Option(names = "--database", paramLabel = "DB", description = "Odoo's database name.")
        String database;

        @Option(names = "--currency", paramLabel = "CUR", description = "The channel's currency (default: the shop's).")
        String currency;

        @Option(names = "--setting", paramLabel = "KEY=VALUE", description = "An adapter setting (repeatable).")
        Map<String, String> settings = new LinkedHashMap<>();

        private final StoreSessions sessions;
        private final Console console;

        Add(StoreSessions sessions, Console console) {
            this.sessions = sessions;
            this.console = console;
        }

        @Override
        public Integer call() {
            ChannelKind channelKind = kind(kind);
            NewChannel.SignIn signIn = signIn();
            Map<String, String> all = new LinkedHashMap<>(settings);
            if (database != null) {
                all.put("database", database);
            }
            try (Services services = sessions.open(dataDir.value())) {
                ChannelEndpoint added = services.sync().channels().add(new NewChannel(channelKind, name, baseUrl,
                        currency, signIn, all), services.userName());
                console.result("sync.cli.channelAdded", added.channel().code(), added.channel().kind().name(),
                        added.baseUrl());
            }
            return ExitCodes.SUCCESS;
        }

        private NewChannel.SignIn signIn() {
            if (tokenEnv != null && secretEnv != null) {
                throw new RefusedInputException("sync.cli.tokenOrSecret");
            }
            String secret = tokenEnv != null ? tokenEnv : secretEnv;
            if (secret == null) {
                if (keyEnv != null) {
                    throw new RefusedInputException("sync.cli.keyWithoutSecret");
                }
                return new NewChannel.NoSignIn();
            }
            return new NewChannel.FromEnvironment(keyEnv, secret);
        }

        static ChannelKind kind(String text) {
            try {
                return ChannelKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RefusedInputException("sync.cli.badKind", text);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "List the channels, with how each signs in (never the secret).")
    static final class ListChannels implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        private final StoreSessions sessions;
        private final Console console;

        ListChannels(StoreSessions sessions, Console console) {
            this.sessions = sessions;
            this.console = console;
        }

        @Override
        public Integer call() throws Exception {
            try (Services services = sessions.open(dataDir.value())) {
                List<ChannelEndpoint> channels = services.sync().channels().list();
                if (json) {
                    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                    ArrayNode array = mapper.createArrayNode();
                    channels.forEach(c -> array.addObject().put("code", c.channel().code())
                            .put("name", c.channel().name()).put("kind", c.channel().kind().name())
                            .put("baseUrl", c.baseUrl()).put("credentials", c.credentialSource())
                            .put("connected", c.connected()));
                    console.raw(mapper.writeValueAsString(array));
                    return ExitCodes.SUCCESS;
                }
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {"code", "name", "kind", "base_url", "credentials"});
                channels.forEach(c -> rows.add(new String[] {c.channel().code(), c.channel().name(),
                    c.channel().kind().name(), c.baseUrl() == null ? "" : c.baseUrl(), c.credentialSource()}));
                TextTable.print(rows, console::raw);
            }
            return ExitCodes.SUCCESS;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Sign in to a channel's API and read one thing; shows the remote's own words on failure.")
    static final class Test implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The channel's name or code.")
        String name;

        private final StoreSessions sessions;
        private final Console console;

        Test(StoreSessions sessions, Console console) {
            this.sessions = sessions;
            this.console = console;
        }

        @Override
        public Integer call() {
            try (Services services = sessions.open(dataDir.value())) {
                ConnectionCheck check = services.sync().channels().test(name);
                if (check.ok()) {
                    console.result("sync.cli.connectionOk", name);
                    return ExitCodes.SUCCESS;
                }
                if (check.problem() != null) {
                    console.problem(console.messages().get("sync.cli.connectionProblem", name,
                            console.messages().describe(check.problem())));
                } else {
                    console.problem(console.messages().get("sync.cli.connectionRefused", name, check.fault().name(),
                            check.status(), check.remoteMessage() == null ? "" : check.remoteMessage()));
                }
                return ExitCodes.FAILURE;
            }
        }
    }
}
