package io.storedesk.sync.ui;

/** A field of the "Add channel" form; secret ones are typed into password fields and never shown again. */
public enum ChannelField {
    NAME(false), BASE_URL(false), CURRENCY(false),
    TOKEN(true), CONSUMER_KEY(true), CONSUMER_SECRET(true), LOGIN(false), PASSWORD(true),
    KEY_VARIABLE(false), SECRET_VARIABLE(false),
    DATABASE(false), LOCATION_ID(false), API_VERSION(false);

    private final boolean secret;

    ChannelField(boolean secret) {
        this.secret = secret;
    }

    public boolean secret() {
        return secret;
    }

    /** The message key of the field's label. */
    public String labelKey() {
        return "sync.ui.field." + name();
    }
}
