package io.storedesk.orders.picklist;

import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.common.pdf.PdfFont;
import io.storedesk.common.pdf.PrintedFile;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Prints the pick lists of routed, unshipped orders to PDF, one section per warehouse. Needs the export right;
 * refuses (nothing written) when no such order is among those asked for.
 */
public final class PickListExport {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PickListRepository repository;
    private final Access access;
    private final Clock clock;
    private final Supplier<ZoneId> zone;
    private final List<Path> fonts;

    public PickListExport(PickListRepository repository, Access access, Clock clock, Supplier<ZoneId> zone,
                          List<Path> fonts) {
        this.repository = repository;
        this.access = access;
        this.clock = clock;
        this.zone = zone;
        this.fonts = List.copyOf(fonts);
    }

    public PickListExport(PickListRepository repository, Access access, Clock clock, Supplier<ZoneId> zone) {
        this(repository, access, clock, zone, PdfFont.CJK_CANDIDATES);
    }

    /** The pick lists for the orders (every routed order when empty), grouped per warehouse. */
    public List<PickList> pickLists(Collection<Long> orderIds) {
        return PickLists.group(repository.openParcelLines(orderIds));
    }

    /** Writes the pick lists for the orders (every routed order when orderIds is empty) to file. */
    public PrintedFile export(Path file, Collection<Long> orderIds, Locale locale) {
        access.require(Permission.EXPORT);
        List<PickList> lists = PickLists.group(repository.openParcelLines(orderIds));
        if (lists.isEmpty()) {
            throw new RefusedInputException("picklist.empty");
        }
        String printedAt = PRINTED.format(clock.instant().atZone(zone.get()));
        var principal = access.principal();
        String printedBy = principal.displayName() == null || principal.displayName().isBlank()
                ? principal.username() : principal.displayName();
        return PickListPdf.write(file, lists, printedAt, printedBy, new Messages(locale), fonts);
    }
}
