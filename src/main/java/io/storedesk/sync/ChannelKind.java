package io.storedesk.sync;

/** Which remote system a channel is; each kind is served by one adapter. */
public enum ChannelKind {
    TMALL, TAOBAO, JD, DOUYIN, SHOPIFY, WOOCOMMERCE, ODOO, MANUAL
}
