package io.storedesk.security;

import static io.storedesk.store.schema.Tables.ROLE_PERMISSION;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The permission matrix: which role holds which permission (rows of role_permission; unknown names are ignored),
 * with the approval ceilings and the row versions the matrix editor saves against.
 */
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

    /** Every granted cell with its ceiling and version, in role and permission order. */
    public List<PermissionGrant> grantsWithVersions() {
        List<PermissionGrant> grants = new ArrayList<>();
        dsl.selectFrom(ROLE_PERMISSION).forEach(r -> {
            Permission permission = known(r.getPermission());
            if (permission != null) {
                grants.add(new PermissionGrant(Role.valueOf(r.getRoleCode()), permission, r.getLimitAmount(),
                        r.getVersion()));
            }
        });
        grants.sort((a, b) -> a.role() != b.role() ? a.role().compareTo(b.role())
                : a.permission().compareTo(b.permission()));
        return grants;
    }

    /** Grants a permission; false if the role already holds it (someone granted it meanwhile). */
    public boolean grant(Role role, Permission permission, BigDecimal limit, String by, Instant at) {
        return dsl.insertInto(ROLE_PERMISSION).set(ROLE_PERMISSION.ROLE_CODE, role.name())
                .set(ROLE_PERMISSION.PERMISSION, permission.name()).set(ROLE_PERMISSION.LIMIT_AMOUNT, limit)
                .set(ROLE_PERMISSION.UPDATED_AT, at).set(ROLE_PERMISSION.UPDATED_BY, by)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    /** A new ceiling, if the row still has the version the editor saw. */
    public boolean changeLimit(Role role, Permission permission, BigDecimal limit, int expectedVersion, String by,
                               Instant at) {
        return dsl.update(ROLE_PERMISSION).set(ROLE_PERMISSION.LIMIT_AMOUNT, limit)
                .set(ROLE_PERMISSION.VERSION, expectedVersion + 1).set(ROLE_PERMISSION.UPDATED_AT, at)
                .set(ROLE_PERMISSION.UPDATED_BY, by)
                .where(ROLE_PERMISSION.ROLE_CODE.eq(role.name()), ROLE_PERMISSION.PERMISSION.eq(permission.name()),
                        ROLE_PERMISSION.VERSION.eq(expectedVersion)).execute() == 1;
    }

    /** Takes a permission away, if the row still has the version the editor saw. */
    public boolean revoke(Role role, Permission permission, int expectedVersion) {
        return dsl.deleteFrom(ROLE_PERMISSION)
                .where(ROLE_PERMISSION.ROLE_CODE.eq(role.name()), ROLE_PERMISSION.PERMISSION.eq(permission.name()),
                        ROLE_PERMISSION.VERSION.eq(expectedVersion)).execute() == 1;
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
