package io.storedesk.dashboard.customers;

import io.storedesk.common.RefusedInputException;
import java.util.Locale;

/** A group of customers the report counts and the export can pick: an RFM segment or one of the four tiers. */
public sealed interface CustomerGroup permits RfmSegment, CustomerTier {

    String name();

    String messageKey();

    /** The group a command-line word names, segment or tier, ignoring case, '-' and ' ' (e.g. "cant-lose"). */
    static CustomerGroup parse(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (RfmSegment segment : RfmSegment.values()) {
            if (segment.name().equals(wanted)) {
                return segment;
            }
        }
        for (CustomerTier tier : CustomerTier.values()) {
            if (tier.name().equals(wanted)) {
                return tier;
            }
        }
        throw new RefusedInputException("dashboard.rfm.unknownGroup", text);
    }
}
