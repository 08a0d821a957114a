package io.storedesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `storedesk tickets ...`: the after-sales commands (the SLA report, the open-ticket queue). Alone, it shows usage. */
@Command(name = "tickets", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "After-sales tickets: the SLA report and the queue of open tickets.")
final class TicketsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The group with its subcommands, ready to add to the root command. */
    static CommandLine create(StoreSessions sessions, Console console) {
        CommandLine tickets = new CommandLine(new TicketsCommand());
        tickets.addSubcommand(new TicketsSlaCommand(sessions, console));
        tickets.addSubcommand(new TicketsListCommand(sessions, console));
        return tickets;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
