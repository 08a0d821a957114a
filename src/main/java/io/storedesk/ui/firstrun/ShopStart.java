package io.storedesk.ui.firstrun;

/** What the new store starts with. */
public enum ShopStart {
    /** The bundled demo shop, to look around. */
    DEMO,
    /** Nothing: the merchant imports or connects their own shop. */
    EMPTY
}
