package io.storedesk.sync.inbound;

/**
 * One field on which the channel and StoreDesk disagreed, and the side whose value stands. entity: ORDER, SKU,
 * PRODUCT or STOCK; entityKey: the order's external id, the SKU or product code, or the item and location.
 */
record Conflict(String entity, String entityKey, String field, String localValue, String remoteValue, Winner winner) {

    static final int VALUE_MAX = 2000;

    enum Winner {
        LOCAL, REMOTE
    }

    Conflict {
        localValue = cut(localValue);
        remoteValue = cut(remoteValue);
    }

    /** The same disagreement, whichever run saw it: logged once while neither side moves. */
    boolean sameAs(Conflict other) {
        return other != null && java.util.Objects.equals(localValue, other.localValue)
                && java.util.Objects.equals(remoteValue, other.remoteValue) && winner == other.winner;
    }

    String slot() {
        return entity + "\u0000" + entityKey + "\u0000" + field;
    }

    private static String cut(String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }
}
