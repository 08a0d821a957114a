package io.storedesk.orders;

/** A parcel's life from plan to door. */
public enum ShipmentStatus {
    PLANNED, PICKING, SHIPPED, DELIVERED, CANCELLED
}
