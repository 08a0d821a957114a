package io.storedesk.dashboard.customers;

import io.storedesk.common.Messages;
import io.storedesk.importing.SpreadsheetWriter;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes a segment's or tier's customers to CSV (or XLSX, by the file's extension). Name, phone and e-mail are
 * masked unless the caller says the person may view personal data; deciding who may is the security
 * feature's job, this class only honours the answer.
 */
public final class SegmentExport {

    static final List<String> COLUMNS = List.of("customer", "name", "phone", "email", "channel", "recencyDays",
            "orders", "monetary", "r", "f", "m", "segment", "tier");

    private final CustomerSegments segments;
    private final Access access;

    public SegmentExport(CustomerSegments segments, Access access) {
        this.access = access;
        this.segments = segments;
    }

    /** Returns the number of customers written. */
    public int export(Path file, LocalDate asOf, CustomerGroup group, Locale locale,
                      boolean mayViewPersonalData) {
        access.require(Permission.EXPORT);
        return write(file, segments.customers(asOf, group), new Messages(locale), mayViewPersonalData);
    }

    static int write(Path file, List<SegmentCustomer> customers, Messages messages, boolean mayViewPersonalData) {
        List<String> header = COLUMNS.stream().map(c -> messages.get("dashboard.rfm.export." + c)).toList();
        try (SpreadsheetWriter writer = SpreadsheetWriter.create(file, header)) {
            for (SegmentCustomer c : customers) {
                CustomerActivity a = c.activity();
                writer.row(List.of(a.customerId(),
                        cell(mayViewPersonalData ? a.name() : PersonalDataMask.name(a.name())),
                        cell(mayViewPersonalData ? a.phone() : PersonalDataMask.phone(a.phone())),
                        cell(mayViewPersonalData ? a.email() : PersonalDataMask.email(a.email())),
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
