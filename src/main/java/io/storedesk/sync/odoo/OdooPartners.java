package io.storedesk.sync.odoo;

import java.util.List;

/** Picks the res.partner an order is for: by reference when we have one, else by exact name, never by guess. */
final class OdooPartners {

    /** Either the partner's id or why there is none. */
    record Choice(Long partnerId, String refusal) {
    }

    private final List<OdooLookups.Partner> partners;

    OdooPartners(List<OdooLookups.Partner> partners) {
        this.partners = List.copyOf(partners);
    }

    Choice choose(String ref, String name, String role) {
        if (ref != null && !ref.isBlank()) {
            List<OdooLookups.Partner> byRef = partners.stream().filter(p -> ref.equals(p.ref())).toList();
            if (byRef.size() == 1) {
                return new Choice(byRef.get(0).id(), null);
            }
            if (byRef.size() > 1) {
                return new Choice(null, byRef.size() + " partners in Odoo have the reference " + ref
                        + "; make it unique so the " + role + " is clear");
            }
        }
        if (name != null && !name.isBlank()) {
            List<OdooLookups.Partner> byName = partners.stream().filter(p -> name.equals(p.name())).toList();
            if (byName.size() == 1) {
                return new Choice(byName.get(0).id(), null);
            }
            if (byName.size() > 1) {
                return new Choice(null, byName.size() + " partners in Odoo are named " + name
                        + "; give the " + role + " a reference in Odoo and in StoreDesk");
            }
        }
        return new Choice(null, "Odoo has no " + role + " with reference " + (ref == null ? "(none)" : ref)
                + " or name " + (name == null ? "(none)" : name) + "; create it in Odoo first");
    }
}
