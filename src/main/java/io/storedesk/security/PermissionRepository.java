package io.storedesk.security;

import static io.storedesk.store.schema.Tables.ROLE_PERMISSION;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** The permission matrix: which role holds which permission (rows of role_permission; unknown names are ignored). */
public final class PermissionRepository {

    private final DSLContext dsl;

    public PermissionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Set<Permission> grants(Role role) {
        return matrix().getOrDefault(role, EnumSet.noneOf(Permission.class));
    }

    /** Every role, with an empty set for a role that holds nothing. */
    public Map<Role, Set<Permission>> matrix() {
        Map<Role, Set<Permission>> matrix = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            matrix.put(role, EnumSet.noneOf(Permission.class));
        }
        dsl.select(ROLE_PERMISSION.ROLE_CODE, ROLE_PERMISSION.PERMISSION).from(ROLE_PERMISSION).forEach(r -> {
            Permission permission = known(r.value2());
            if (permission != null) {
                matrix.get(Role.valueOf(r.value1())).add(permission);
            }
        });
        return matrix;
    }

    private static Permission known(String name) {
        for (Permission p : Permission.values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
