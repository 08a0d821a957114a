package io.storedesk.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of spreadsheet StoreDesk imports, with the names the command line uses. */
public enum ImportKindId {
    CATALOG("catalog"), STOCK_COUNT("stock-count"), STOCK_SETTINGS("stock-settings"), ORDERS("orders"),
    CARRIER_RATES("carrier-rates");

    private final String cliName;

    ImportKindId(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Optional<ImportKindId> fromCliName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.cliName.equals(n) || k.name().equalsIgnoreCase(n)).findFirst();
    }
}
