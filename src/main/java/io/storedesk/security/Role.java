package io.storedesk.security;

/** What a person does in the shop; each role carries a set of permissions. */
public enum Role {
    ADMIN, MANAGER, OPERATOR, AGENT, WAREHOUSE
}
