package io.storedesk.security;

/** A group of people with a lead who takes escalations. id 0 = not yet stored. */
public record Team(long id, String code, String name, String leadUser) {
}
