package io.storedesk.sync.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import io.storedesk.sync.RemoteFault;

/**
 * Reads Odoo's JSON-RPC error object ({"code":200,"message":"Odoo Server Error","data":{"name":
 * "odoo.exceptions.AccessError","message":"…","debug":"…"}}) into a RemoteFault whose message is Odoo's own.
 */
final class OdooErrors {

    /** JSON-RPC error code Odoo uses when the web session has expired. */
    private static final int SESSION_EXPIRED = 100;

    private OdooErrors() {
    }

    static RemoteFault toFault(JsonNode error) {
        JsonNode data = error.path("data");
        String exception = data.path("name").asText("");
        String message = firstNonBlank(data.path("message").asText(""), error.path("message").asText(""),
                "Odoo Server Error");
        RemoteFault.Kind kind = error.path("code").asInt() == SESSION_EXPIRED
                ? RemoteFault.Kind.AUTH : kindOf(exception);
        return new RemoteFault(kind, 200, message);
    }

    /** By the exception's class name; anything Odoo does not classify is a server error, tried again later. */
    static RemoteFault.Kind kindOf(String exception) {
        String simple = exception.substring(exception.lastIndexOf('.') + 1);
        return switch (simple) {
            case "AccessDenied", "AccessError" -> RemoteFault.Kind.AUTH;
            // KeyError: the model is unknown (the app is not installed), which retrying will not change.
            case "ValidationError", "UserError", "MissingError", "RedirectWarning", "KeyError" ->
                    RemoteFault.Kind.REJECTED;
            default -> RemoteFault.Kind.SERVER;
        };
    }

    private static String firstNonBlank(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return "";
    }
}
