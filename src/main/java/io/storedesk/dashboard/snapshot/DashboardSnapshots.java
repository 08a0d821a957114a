package io.storedesk.dashboard.snapshot;

import io.storedesk.common.Messages;
import io.storedesk.common.pdf.PdfFont;
import io.storedesk.common.pdf.PrintedFile;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Prints what the dashboard shows to a PDF page, with the period and filters in its header. Needs the export right. */
public final class DashboardSnapshots {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Access access;
    private final Clock clock;
    private final Supplier<ZoneId> zone;
    private final List<Path> fonts;

    public DashboardSnapshots(Access access, Clock clock, Supplier<ZoneId> zone, List<Path> fonts) {
        this.access = access;
        this.clock = clock;
        this.zone = zone;
        this.fonts = List.copyOf(fonts);
    }

    public DashboardSnapshots(Access access, Clock clock, Supplier<ZoneId> zone) {
        this(access, clock, zone, PdfFont.CJK_CANDIDATES);
    }

    public PrintedFile export(Path file, DashboardPicture picture, Locale locale) {
        access.require(Permission.EXPORT);
        var principal = access.principal();
        String printedBy = principal.displayName() == null || principal.displayName().isBlank()
                ? principal.username() : principal.displayName();
        return DashboardSnapshotPdf.write(file, picture, PRINTED.format(clock.instant().atZone(zone.get())),
                printedBy, new Messages(locale), fonts);
    }
}
