package io.storedesk.cli;

import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.common.UserFacingException;
import io.storedesk.selftest.SelfTest;
import io.storedesk.store.StoreLocation;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Builds the command line: the subcommands, and how failures become messages and exit codes. */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static CommandLine create(Consumer<StoreLocation> openWindow, StoreSessions sessions, PrintWriter out,
                                     PrintWriter err, Locale locale) {
        return create(openWindow, sessions, out, err, locale, CliEnvironment.system());
    }

    /**
     * The command line for these arguments. A window start (no command named) gets the window's own options alone:
     * building every command's model is a noticeable part of the start-up (decision 0035). A command, help, the
     * version and any mistake get the whole command line, which knows every command and says what is wrong.
     */
    public static CommandLine forArguments(String[] args, Consumer<StoreLocation> openWindow, StoreSessions sessions,
                                           PrintWriter out, PrintWriter err, Locale locale) {
        Console console = new Console(out, err, new Messages(locale));
        CommandLine window = configured(root(openWindow, sessions, console, new CliSignIn(CliEnvironment.system(),
                console)), console, out, err);
        try {
            CommandLine.ParseResult parsed = window.parseArgs(args);
            if (!parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested()) {
                return window;
            }
        } catch (CommandLine.ParameterException notTheWindow) {
            // A command or a mistake: the whole command line below handles either.
        }
        return create(openWindow, sessions, out, err, locale);
    }

    /** environment: the variables and terminal commands sign in with on a claimed store (tests pass their own). */
    public static CommandLine create(Consumer<StoreLocation> openWindow, StoreSessions opener, PrintWriter out,
                                     PrintWriter err, Locale locale, CliEnvironment environment) {
        Console console = new Console(out, err, new Messages(locale));
        // Every command's store is signed in before the command works on it (decision 0022).
        CliSignIn signIn = new CliSignIn(environment, console);
        StoreSessions sessions = signIn.around(opener);
        CommandLine commandLine = root(openWindow, opener, console, signIn);
        commandLine.addSubcommand(new CommandLine.HelpCommand());
        commandLine.addSubcommand(new DemoCommand(sessions, console));
        commandLine.addSubcommand(new StatsCommand(sessions, console));
        CommandLine importCommand = new CommandLine(new ImportCommand(sessions, console));
        importCommand.addSubcommand(new ImportUndoCommand(sessions, console));
        commandLine.addSubcommand(importCommand);
        commandLine.addSubcommand(new ExportCommand(sessions, console));
        CommandLine stockCommand = new CommandLine(new StockCommand());
        stockCommand.addSubcommand(new StockLedgerCommand(sessions, console));
        stockCommand.addSubcommand(new StockPlanCommand(sessions, console));
        commandLine.addSubcommand(stockCommand);
        commandLine.addSubcommand(new RouteCommand(sessions, console));
        commandLine.addSubcommand(TicketsCommand.create(sessions, console));
        commandLine.addSubcommand(new RfmCommand(sessions, console));
        commandLine.addSubcommand(new KpiCommand(sessions, console));
        commandLine.addSubcommand(new AlertsCommand(sessions, console));
        commandLine.addSubcommand(ChannelCommand.create(sessions, console));
        commandLine.addSubcommand(new SyncCommand(sessions, console));
        commandLine.addSubcommand(OutboxCommand.create(sessions, console));
        commandLine.addSubcommand(BackupCommand.create(sessions, console));
        commandLine.addSubcommand(new RestoreCommand(sessions, console));
        commandLine.addSubcommand(AuditCommand.create(sessions, console));
        commandLine.addSubcommand(UserCommand.create(sessions, console, environment));
        commandLine.addSubcommand(AdminCommand.create(sessions, console, environment));
        signIn.addUserOption(commandLine);
        return configured(commandLine, console, out, err);
    }

    /** `storedesk` itself: the window, or the self-test. */
    private static CommandLine root(Consumer<StoreLocation> openWindow, StoreSessions opener, Console console,
                                    CliSignIn signIn) {
        StoreSessions sessions = signIn.around(opener);
        return new CommandLine(new StoreDeskCommand(openWindow,
                new SelfTestRun(console, dir -> SelfTest.standard(sessions::open, dir))::run));
    }

    /** Where the command line writes, and how failures become messages and exit codes. */
    private static CommandLine configured(CommandLine commandLine, Console console, PrintWriter out,
                                          PrintWriter err) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof UserFacingException problem) {
                console.problem(console.messages().describe(problem));
                return e instanceof RefusedInputException ? ExitCodes.REFUSED : ExitCodes.FAILURE;
            }
            LOG.error("Command failed", e);
            console.problem(console.messages().get("cli.error.unexpected", e));
            return ExitCodes.FAILURE;
        });
        return commandLine;
    }
}
