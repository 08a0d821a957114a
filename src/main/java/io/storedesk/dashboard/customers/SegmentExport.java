package io.storedesk.dashboard.customers;

import io.storedesk.common.Messages;
import io.storedesk.importing.SpreadsheetWriter;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.security.PersonalData;
import io.storedesk.security.PersonalDataGuard;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes a segment's or tier's customers to CSV (or XLSX, by the file's extension). Name, phone and e-mail are
 * masked unless unmasked is asked for; that is refused without the personal-data right and logged when done.
 */
public final class SegmentExport {

    static final List<String> COLUMNS = List.of("customer", "name", "phone", "email", "channel", "recencyDays",
            "orders", "monetary", "r", "f", "m", "segment", "tier");

    private final CustomerSegments segments;
    private final PersonalDataGuard guard;
    private final Access access;

    public SegmentExport(CustomerSegments segments, PersonalDataGuard guard, Access access) {
        this.access = access;
        this.segments = segments;
        this.guard = guard;
    }

    /** Returns the number of customers written; unmasked is refused (AccessDeniedException) without the right. */
    public int export(Path file, LocalDate asOf, CustomerGroup group, Locale locale, boolean unmasked) {
        access.require(Permission.EXPORT);
        if (unmasked) {
            guard.requireView();
        }
        int written = write(file, segments.customers(asOf, group), new Messages(locale), unmasked);
        if (unmasked) {
            guard.exported("customers " + group.name() + " -> " + file.getFileName(), written);
        }
        return written;
    }

    static int write(Path file, List<SegmentCustomer> customers, Messages messages, boolean mayViewPersonalData) {
        List<String> header = COLUMNS.stream().map(c -> messages.get("dashboard.rfm.export." + c)).toList();
        try (SpreadsheetWriter writer = SpreadsheetWriter.create(file, header)) {
            for (SegmentCustomer c : customers) {
                CustomerActivity a = c.activity();
                writer.row(List.of(a.customerId(),
                        cell(mayViewPersonalData ? a.name() : PersonalData.name(a.name())),
                        cell(mayViewPersonalData ? a.phone() : PersonalData.phone(a.phone())),
                        cell(mayViewPersonalData ? a.email() : PersonalData.email(a.email())),
                        cell(a.channel()), c.recencyDays(), c.frequency(), c.monetary(),
                        c.scores().recency(), c.scores().frequency(), c.scores().monetary(),
                        messages.get(c.segment().messageKey()), messages.get(c.tier().messageKey())));
            }
        }
        return customers.size();
    }

    /** List.of refuses nulls; an unknown phone or e-mail is an empty cell. */
    private static String cell(String text) {
        return text == null ? "" : text;
    }
}
