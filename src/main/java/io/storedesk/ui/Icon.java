package io.storedesk.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Every icon the desk shows, named by what it means. A meaning has one picture wherever it appears (a pane's
 * navigation button and its main action share it), and a picture has one meaning; IconTest keeps both true and an
 * architecture rule keeps the icon font's glyphs out of every other class.
 */
public enum Icon {
    // The panes, and the actions that are the heart of each.
    CATALOG(Material2AL.CATEGORY),
    STOCK_WARNING(Material2MZ.WARNING),
    ROUTE(Material2AL.LOCAL_SHIPPING),
    AFTER_SALES(Material2AL.ASSIGNMENT_RETURN),
    DASHBOARD(Material2AL.DASHBOARD),
    CHANNELS(Material2MZ.SYNC_ALT),

    // The same everyday actions in every pane.
    REFRESH(Material2AL.AUTORENEW),
    IMPORT(Material2AL.FILE_UPLOAD),
    EXPORT(Material2MZ.SAVE_ALT),
    CHOOSE_FILE(Material2AL.FOLDER_OPEN),
    UNDO(Material2MZ.UNDO),
    ADD(Material2AL.ADD),
    EDIT(Material2AL.EDIT),
    DELETE(Material2AL.DELETE_OUTLINE),
    CONFIRM(Material2AL.CHECK),
    RETRY(Material2MZ.REPLAY),
    CLOSE(Material2AL.CLOSE),
    CLEAR_TEXT(Material2AL.CLEAR),
    SEARCH(Material2MZ.SEARCH),
    RULES(Material2MZ.TUNE),
    PREVIOUS_PAGE(Material2AL.CHEVRON_LEFT),
    NEXT_PAGE(Material2AL.CHEVRON_RIGHT),
    PRINT(Material2MZ.PRINT),
    PDF(Material2MZ.PICTURE_AS_PDF),

    // The window's frame.
    MENU(Material2MZ.MENU),
    SHOP(Material2MZ.STOREFRONT),
    NOTIFICATIONS(Material2MZ.NOTIFICATIONS),
    ACCOUNT(Material2AL.ACCOUNT_CIRCLE),
    BACKUP(Material2AL.BACKUP),

    // Orders.
    REVIEW(Material2MZ.RULE),
    PREVIEW(Material2MZ.VISIBILITY),
    HOLD(Material2MZ.PAUSE_CIRCLE_OUTLINE),
    RELEASE(Material2MZ.PLAY_CIRCLE_OUTLINE),
    MERGE(Material2MZ.MERGE_TYPE),

    // Stock warnings.
    REORDER(Material2MZ.SHOPPING_CART),
    PURCHASE_ORDERS(Material2AL.ASSIGNMENT),
    TRANSFER(Material2MZ.SWAP_HORIZ),
    CLEARANCE(Material2AL.LOCAL_OFFER),
    SNOOZE(Material2MZ.SNOOZE),
    DISMISS(Material2AL.ARCHIVE),

    // Channels.
    TEST_CONNECTION(Material2AL.LINK),
    SYNC(Material2MZ.SYNC),
    SYNC_FAILED(Material2MZ.SYNC_PROBLEM);

    private final Ikon glyph;

    Icon(Ikon glyph) {
        this.glyph = glyph;
    }

    /** The glyph, for a FontIcon that changes its picture (setIconCode). */
    public Ikon glyph() {
        return glyph;
    }

    /** A new node showing this icon. */
    public FontIcon node() {
        return new FontIcon(glyph);
    }
}
