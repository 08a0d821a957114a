package io.storedesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `storedesk stock ...`: the group of stock commands (ledger, and what joins it). Alone, it shows usage. */
@Command(name = "stock", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Stock: the ledger of a SKU and other stock commands.")
final class StockCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
