package io.storedesk.orders;

/** The seven geographic regions of mainland China that carriers price by. */
public enum Region {
    NORTH, NORTHEAST, EAST, CENTRAL, SOUTH, SOUTHWEST, NORTHWEST
}
