package io.storedesk.sync.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.engine.ChannelConnector;
import io.storedesk.sync.engine.NewChannel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of the "Add channel" form: which fields a kind and sign-in need, what each must hold, and the
 * request they make. Checked here so each refusal can stand beside its field; the setup checks again.
 */
final class ChannelForm {

    /** Shopify's settings, as its adapter reads them. */
    static final String LOCATION_ID = "locationId";
    static final String API_VERSION = "apiVersion";
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private ChannelForm() {
    }

    static List<ChannelField> fields(ChannelKind kind, SignInMode mode) {
        List<ChannelField> fields = new ArrayList<>(List.of(ChannelField.NAME, ChannelField.BASE_URL,
                ChannelField.CURRENCY));
        if (kind == ChannelKind.ODOO) {
            fields.add(ChannelField.DATABASE);
        }
        fields.addAll(signInFields(kind, mode));
        if (kind == ChannelKind.SHOPIFY) {
            fields.addAll(List.of(ChannelField.LOCATION_ID, ChannelField.API_VERSION));
        }
        return fields;
    }

    private static List<ChannelField> signInFields(ChannelKind kind, SignInMode mode) {
        if (mode == SignInMode.NONE) {
            return List.of();
        }
        boolean typed = mode == SignInMode.TYPED;
        if (kind == ChannelKind.WOOCOMMERCE) {
            return typed ? List.of(ChannelField.CONSUMER_KEY, ChannelField.CONSUMER_SECRET)
                    : List.of(ChannelField.KEY_VARIABLE, ChannelField.SECRET_VARIABLE);
        }
        if (kind == ChannelKind.ODOO) {
            return typed ? List.of(ChannelField.LOGIN, ChannelField.PASSWORD)
                    : List.of(ChannelField.KEY_VARIABLE, ChannelField.SECRET_VARIABLE);
        }
        return typed ? List.of(ChannelField.TOKEN) : List.of(ChannelField.SECRET_VARIABLE);
    }

    /** What is wrong, by field; empty = the form may be sent. values: stripped texts and typed secrets. */
    static Map<ChannelField, MessageKey> check(ChannelKind kind, SignInMode mode, Map<ChannelField, String> values) {
        Map<ChannelField, MessageKey> refused = new EnumMap<>(ChannelField.class);
        if (kind == null) {
            refused.put(ChannelField.NAME, new MessageKey("sync.ui.error.noKind"));
            return refused;
        }
        for (ChannelField field : fields(kind, mode)) {
            String value = values.getOrDefault(field, "");
            MessageKey problem = problem(field, value);
            if (problem != null) {
                refused.put(field, problem);
            }
        }
        return refused;
    }

    private static MessageKey problem(ChannelField field, String value) {
        boolean optional = field == ChannelField.CURRENCY || field == ChannelField.LOCATION_ID
                || field == ChannelField.API_VERSION;
        if (value.isEmpty()) {
            return optional ? null : new MessageKey("sync.ui.error.required");
        }
        return switch (field) {
            case NAME -> value.length() > 100 ? new MessageKey("sync.channel.badName", value) : null;
            case BASE_URL -> webAddress(value) ? null : new MessageKey("sync.channel.badUrl", value);
            case CURRENCY -> CURRENCY.matcher(value).matches() ? null : new MessageKey("sync.ui.error.currency", value);
            case KEY_VARIABLE, SECRET_VARIABLE -> VARIABLE.matcher(value).matches() ? null
                    : new MessageKey("sync.credentials.badVariable", value);
            case LOCATION_ID -> DIGITS.matcher(value).matches() ? null
                    : new MessageKey("sync.ui.error.locationId", value);
            default -> null;
        };
    }

    private static boolean webAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static NewChannel request(ChannelKind kind, SignInMode mode, Map<ChannelField, String> values) {
        Map<String, String> settings = new LinkedHashMap<>();
        put(settings, ChannelConnector.DATABASE, kind == ChannelKind.ODOO ? values.get(ChannelField.DATABASE) : null);
        if (kind == ChannelKind.SHOPIFY) {
            put(settings, LOCATION_ID, values.get(ChannelField.LOCATION_ID));
            put(settings, API_VERSION, values.get(ChannelField.API_VERSION));
        }
        String currency = values.getOrDefault(ChannelField.CURRENCY, "");
        return new NewChannel(kind, values.get(ChannelField.NAME), values.get(ChannelField.BASE_URL),
                currency.isEmpty() ? null : currency.toUpperCase(Locale.ROOT), signIn(kind, mode, values), settings);
    }

    private static NewChannel.SignIn signIn(ChannelKind kind, SignInMode mode, Map<ChannelField, String> values) {
        return switch (mode) {
            case NONE -> new NewChannel.NoSignIn();
            case ENVIRONMENT -> new NewChannel.FromEnvironment(kind == ChannelKind.WOOCOMMERCE
                    || kind == ChannelKind.ODOO ? values.get(ChannelField.KEY_VARIABLE) : null,
                    values.get(ChannelField.SECRET_VARIABLE));
            case TYPED -> switch (kind) {
                case WOOCOMMERCE -> new NewChannel.Typed(values.get(ChannelField.CONSUMER_KEY),
                        values.get(ChannelField.CONSUMER_SECRET));
                case ODOO -> new NewChannel.Typed(values.get(ChannelField.LOGIN), values.get(ChannelField.PASSWORD));
                default -> new NewChannel.Typed(null, values.get(ChannelField.TOKEN));
            };
        };
    }

    private static void put(Map<String, String> settings, String key, String value) {
        if (value != null && !value.isBlank()) {
            settings.put(key, value.strip());
        }
    }

    /** Which field a refusal of the setup is about, or null when it is about none. */
    static ChannelField fieldOf(String messageKey, SignInMode mode) {
        return switch (messageKey) {
            case "sync.channel.badName", "sync.channel.codeTaken" -> ChannelField.NAME;
            case "sync.channel.badUrl" -> ChannelField.BASE_URL;
            case "sync.credentials.badVariable" -> mode == SignInMode.ENVIRONMENT ? ChannelField.SECRET_VARIABLE : null;
            default -> null;
        };
    }
}
