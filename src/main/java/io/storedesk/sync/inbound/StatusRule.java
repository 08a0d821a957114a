package io.storedesk.sync.inbound;

import io.storedesk.orders.OrderStatus;
import io.storedesk.sync.remote.RemoteOrderStatus;

/**
 * Whose order status stands. The channel wins, except over a step StoreDesk took that the channel does not know of:
 * a routed or held order the channel still calls paid stays routed, a local cancellation stays cancelled. A status
 * the channel set itself (the one its last version mapped to) always follows the channel.
 */
final class StatusRule {

    /** The status to store, and the side that won when the two disagreed on a local step (null = no conflict). */
    record Decision(OrderStatus status, Conflict.Winner conflict) {
    }

    private StatusRule() {
    }

    static Decision decide(OrderStatus local, String lastRemoteStatus, OrderStatus remote) {
        if (remote == null || remote == local || local == OrderStatus.MERGED) {
            return new Decision(local, null);
        }
        if (setByChannel(local, lastRemoteStatus)) {
            return new Decision(remote, null);
        }
        if (remote == OrderStatus.CANCELLED) {
            return new Decision(remote, Conflict.Winner.REMOTE);
        }
        if (local == OrderStatus.CANCELLED) {
            return new Decision(local, Conflict.Winner.LOCAL);
        }
        return rank(remote) > rank(local) ? new Decision(remote, Conflict.Winner.REMOTE) : new Decision(local, null);
    }

    private static boolean setByChannel(OrderStatus local, String lastRemoteStatus) {
        if (lastRemoteStatus == null) {
            return false;
        }
        try {
            return OrderMapping.status(RemoteOrderStatus.valueOf(lastRemoteStatus)).orElse(null) == local;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** How far along fulfilment a status is; held and routed are our own steps between paid and shipped. */
    private static int rank(OrderStatus status) {
        return switch (status) {
            case PENDING_PAYMENT -> 0;
            case PAID -> 1;
            case ON_HOLD, ROUTED -> 2;
            case SHIPPED -> 3;
            case DELIVERED -> 4;
            case CANCELLED, MERGED -> 5;
        };
    }
}
