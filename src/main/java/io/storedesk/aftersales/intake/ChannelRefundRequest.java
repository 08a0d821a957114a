package io.storedesk.aftersales.intake;

import java.time.Instant;
import java.util.List;

/**
 * A refund request as a channel reports it (the sync feeds these). (channelCode, channelReference) identifies it:
 * the same request arriving again opens nothing new. Lines name SKUs by the channel's code.
 */
public record ChannelRefundRequest(String channelCode, String channelReference, String orderExternalId, Kind kind,
                                   List<Line> lines, String reasonCode, Instant requestedAt) {

    public ChannelRefundRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Whether the goods come back (a return) or the buyer keeps them (refund only). */
    public enum Kind {
        RETURN_AND_REFUND, REFUND_ONLY
    }

    public record Line(String skuCode, int quantity) {
    }
}
