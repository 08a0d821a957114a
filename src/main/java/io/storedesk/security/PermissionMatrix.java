package io.storedesk.security;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.store.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The administrator's editor of which role may do what. A save compares what the editor read with what it wants
 * and changes only the differing cells, each against the row version it read: if someone changed one of those
 * cells meanwhile, nothing is saved. The administrator's column always keeps USERS, so nobody locks the store's
 * users out of their own management.
 */
public final class PermissionMatrix {

    /** Permissions that carry a ceiling (role_permission.limit_amount; null = no ceiling). */
    public static final Set<Permission> WITH_CEILING = EnumSet.of(Permission.REFUND_APPROVE,
            Permission.COMPENSATION_APPROVE);

    /** A cell the editor wants granted, with its ceiling (ignored unless the permission has one). */
    public record Cell(Role role, Permission permission, BigDecimal limit) {
    }

    private record Key(Role role, Permission permission) {
    }

    private final PermissionRepository repository;
    private final Access access;
    private final SignIn signIn;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public PermissionMatrix(PermissionRepository repository, Access access, SignIn signIn, AuditLog audit,
                            Transactions transactions, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.signIn = signIn;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The granted cells with their versions: what the editor starts from and saves against. */
    public List<PermissionGrant> read() {
        access.require(Permission.USERS);
        return repository.grantsWithVersions();
    }

    /** Saves all the changes from seen to wanted, or none (security.matrix.conflict, …adminKeepsUsers). */
    public void save(List<PermissionGrant> seen, List<Cell> wanted) {
        access.require(Permission.USERS);
        Map<Key, PermissionGrant> before = seen.stream()
                .collect(Collectors.toMap(g -> new Key(g.role(), g.permission()), Function.identity()));
        Map<Key, Cell> after = new LinkedHashMap<>();
        for (Cell cell : wanted) {
            BigDecimal limit = WITH_CEILING.contains(cell.permission()) ? cell.limit() : null;
            if (limit != null && limit.signum() < 0) {
                throw new RefusedInputException("security.matrix.negativeLimit",
                        new MessageKey("security.role." + cell.role().name()));
            }
            after.put(new Key(cell.role(), cell.permission()), new Cell(cell.role(), cell.permission(), limit));
        }
        if (!after.containsKey(new Key(Role.ADMIN, Permission.USERS))) {
            throw new RefusedInputException("security.matrix.adminKeepsUsers");
        }
        String by = access.principal().username();
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            Map<Role, Map<String, String>> was = new TreeMap<>();
            Map<Role, Map<String, String>> is = new TreeMap<>();
            for (Map.Entry<Key, PermissionGrant> old : before.entrySet()) {
                Key key = old.getKey();
                Cell next = after.get(key);
                if (next == null) {
                    check(repository.revoke(key.role(), key.permission(), old.getValue().version()), key);
                } else if (!sameLimit(old.getValue().limit(), next.limit())) {
                    check(repository.changeLimit(key.role(), key.permission(), next.limit(),
                            old.getValue().version(), by, now), key);
                } else {
                    continue;
                }
                note(was, key, old.getValue().limit(), true);
                note(is, key, next == null ? null : next.limit(), next != null);
            }
            for (Cell cell : after.values()) {
                Key key = new Key(cell.role(), cell.permission());
                if (!before.containsKey(key)) {
                    check(repository.grant(cell.role(), cell.permission(), cell.limit(), by, now), key);
                    note(is, key, cell.limit(), true);
                    was.computeIfAbsent(key.role(), r -> new TreeMap<>());
                }
            }
            List<AuditLog.Change> changes = was.keySet().stream().map(role -> new AuditLog.Change(
                    "role.permissions", "role_permission", role.name(), was.get(role),
                    is.getOrDefault(role, Map.of()))).toList();
            audit.record(by, changes);
        });
        signIn.refreshPermissions();
    }

    private static void check(boolean applied, Key key) {
        if (!applied) {
            throw new RefusedInputException("security.matrix.conflict",
                    new MessageKey("security.role." + key.role().name()),
                    new MessageKey("security.permission." + key.permission().name()));
        }
    }

    /** Records a cell in a role's before or after map: "granted", or the ceiling ("no limit" when none). */
    private static void note(Map<Role, Map<String, String>> side, Key key, BigDecimal limit, boolean granted) {
        Map<String, String> cells = side.computeIfAbsent(key.role(), r -> new TreeMap<>());
        if (granted) {
            cells.put(key.permission().name(), WITH_CEILING.contains(key.permission())
                    ? (limit == null ? "no limit" : limit.toPlainString()) : "granted");
        }
    }

    private static boolean sameLimit(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }
}
