package io.storedesk.aftersales;

/**
 * A canned reply in one language. The body's placeholders: {0} ticket code, {1} order number, {2} the address
 * the goods go back to.
 */
public record ReplyTemplate(String code, String language, String title, String body) {

    /** The body with the placeholders filled; a value the ticket does not have leaves its placeholder empty. */
    public String render(String ticketCode, String orderNumber, String returnAddress) {
        return body.replace("{0}", nullToEmpty(ticketCode)).replace("{1}", nullToEmpty(orderNumber))
                .replace("{2}", nullToEmpty(returnAddress));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
