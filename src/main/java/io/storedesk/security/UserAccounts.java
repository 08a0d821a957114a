package io.storedesk.security;

import io.storedesk.common.RefusedInputException;
import io.storedesk.common.TextInput;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The people who work in StoreDesk: claiming the store with its first administrator, adding people, changing
 * roles, deactivating, setting passwords. Every change but the claim and one's own password needs
 * {@link Permission#USERS}, is recorded in the audit log (entity "user", never a hash) and is refused with a
 * conflict message when someone else changed the account after the editor read it.
 */
public final class UserAccounts {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    private final UserRepository users;
    private final PermissionRepository permissions;
    private final PasswordHasher hasher;
    private final Access access;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public UserAccounts(UserRepository users, PermissionRepository permissions, PasswordHasher hasher, Access access,
                        AuditLog audit, Transactions transactions, Clock clock) {
        this.users = users;
        this.permissions = permissions;
        this.hasher = hasher;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Claimed = an active administrator can sign in; until then the desk works as its local owner. */
    public boolean isClaimed() {
        return users.hasAdministratorWithPassword();
    }

    /**
     * Creates the first administrator and so claims the store; refused once it is claimed. The desk then works
     * as that administrator.
     */
    public UserAccount claim(String username, String displayName, String password) {
        String name = checkedUsername(username);
        String shown = checkedDisplayName(displayName, name);
        checkPassword(name, password);
        String hash = hasher.hash(password);
        UserAccount admin = transactions.inTransaction(() -> {
            if (users.hasAdministratorWithPassword()) {
                throw new RefusedInputException("security.users.alreadyClaimed");
            }
            return insert(new NewUser(name, shown, Role.ADMIN), hash, "user.claim");
        });
        access.switchTo(admin.principal(), permissions.grants(Role.ADMIN));
        return admin;
    }

    /** Adds a person; without a password they are listed (e.g. for ticket assignment) but cannot sign in. */
    public UserAccount add(NewUser user, String password) {
        access.require(Permission.USERS);
        String name = checkedUsername(user.username());
        NewUser checked = new NewUser(name, checkedDisplayName(user.displayName(), name), user.role(), user.teamId(),
                user.warehouseId());
        String hash = null;
        if (password != null && !password.isEmpty()) {
            checkPassword(name, password);
            hash = hasher.hash(password);
        }
        String stored = hash;
        return transactions.inTransaction(() -> insert(checked, stored, "user.add"));
    }

    public List<UserAccount> list() {
        access.require(Permission.USERS);
        return users.accounts();
    }

    /** One account, for an edit (its version is what the edit saves against). */
    public UserAccount find(String username) {
        access.require(Permission.USERS);
        return existing(username);
    }

    /** The id of the team with this code, for adding a person to it. */
    public long teamId(String code) {
        return users.teamId(code).orElseThrow(() -> new RefusedInputException("security.users.unknownTeam", code));
    }

    /** The id of the warehouse with this code, for a warehouse clerk. */
    public long warehouseId(String code) {
        return users.warehouseId(code)
                .orElseThrow(() -> new RefusedInputException("security.users.unknownWarehouse", code));
    }

    public UserAccount changeRole(String username, Role role, int expectedVersion) {
        access.require(Permission.USERS);
        return transactions.inTransaction(() -> {
            UserAccount before = existing(username);
            if (before.role() == Role.ADMIN && role != Role.ADMIN) {
                keepOneAdministrator(before);
            }
            String by = access.principal().username();
            if (!users.updateRole(before.id(), role, expectedVersion, by, clock.instant())) {
                throw conflict(username);
            }
            return recorded("user.role", before, existing(username));
        });
    }

    public UserAccount deactivate(String username, int expectedVersion) {
        access.require(Permission.USERS);
        return transactions.inTransaction(() -> {
            UserAccount before = existing(username);
            if (before.role() == Role.ADMIN) {
                keepOneAdministrator(before);
            }
            if (!users.deactivate(before.id(), expectedVersion, access.principal().username(), clock.instant())) {
                throw conflict(username);
            }
            return recorded("user.deactivate", before, existing(username));
        });
    }

    /**
     * Puts a person in a team and a warehouse (what `user add --team/--warehouse` does for a new one); a blank code
     * takes them out of it. Refused for an unknown code.
     */
    public UserAccount changePlace(String username, String teamCode, String warehouseCode, int expectedVersion) {
        access.require(Permission.USERS);
        Long team = teamCode == null || teamCode.isBlank() ? null : teamId(teamCode.strip());
        Long warehouse = warehouseCode == null || warehouseCode.isBlank() ? null : warehouseId(warehouseCode.strip());
        return transactions.inTransaction(() -> {
            UserAccount before = existing(username);
            if (!users.updatePlace(before.id(), team, warehouse, expectedVersion, access.principal().username(),
                    clock.instant())) {
                throw conflict(username);
            }
            return recorded("user.place", before, existing(username));
        });
    }

    /** The administrator sets a new password for someone (it also ends a lockout). */
    public UserAccount resetPassword(String username, String newPassword, int expectedVersion) {
        access.require(Permission.USERS);
        checkPassword(username, newPassword);
        String hash = hasher.hash(newPassword);
        return transactions.inTransaction(() -> setPassword(existing(username), hash, expectedVersion,
                "user.password.reset"));
    }

    /** The signed-in person changes their own password; the old one must be right. */
    public void changeOwnPassword(String oldPassword, String newPassword) {
        String username = access.principal().username();
        LoginState state = users.loginState(username).orElse(null);
        if (state == null || !hasher.matches(oldPassword, state.passwordHash())) {
            throw new RefusedInputException("security.users.oldPasswordWrong");
        }
        checkPassword(username, newPassword);
        String hash = hasher.hash(newPassword);
        transactions.inTransaction(() -> {
            UserAccount before = existing(username);
            return setPassword(before, hash, before.version(), "user.password.change");
        });
    }

    /** Refuses a password shorter than eight characters or equal to the user name. */
    static void checkPassword(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new RefusedInputException("security.users.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new RefusedInputException("security.users.passwordIsUsername");
        }
    }

    private UserAccount setPassword(UserAccount before, String hash, int expectedVersion, String action) {
        if (!users.setPassword(before.id(), hash, expectedVersion, access.principal().username(), clock.instant())) {
            throw conflict(before.username());
        }
        return recorded(action, before, existing(before.username()));
    }

    private UserAccount insert(NewUser user, String hash, String action) {
        if (users.account(user.username()).isPresent()) {
            throw new RefusedInputException("security.users.exists", user.username());
        }
        Instant now = clock.instant();
        String by = access.principal().username();
        users.insertAccount(user, hash, by, now);
        UserAccount created = existing(user.username());
        audit.record(by, new AuditLog.Change(action, "user", created.username(), Map.of(), describe(created)));
        return created;
    }

    private UserAccount recorded(String action, UserAccount before, UserAccount after) {
        audit.record(access.principal().username(),
                new AuditLog.Change(action, "user", after.username(), describe(before), describe(after)));
        return after;
    }

    private void keepOneAdministrator(UserAccount admin) {
        if (admin.active() && admin.hasPassword() && users.otherAdministratorsWithPassword(admin.id()) == 0) {
            throw new RefusedInputException("security.users.lastAdministrator", admin.username());
        }
    }

    private UserAccount existing(String username) {
        return users.account(username == null ? "" : username.strip())
                .orElseThrow(() -> new RefusedInputException("security.users.unknown", username));
    }

    private static RefusedInputException conflict(String username) {
        return new RefusedInputException("security.users.conflict", username);
    }

    /** What the audit log keeps of an account: everything an administrator sees, no hash. */
    private static Map<String, String> describe(UserAccount a) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("displayName", a.displayName());
        values.put("role", a.role().name());
        values.put("active", String.valueOf(a.active()));
        values.put("canSignIn", String.valueOf(a.hasPassword()));
        if (a.teamId() != null) {
            values.put("teamId", a.teamId().toString());
        }
        if (a.warehouseId() != null) {
            values.put("warehouseId", a.warehouseId().toString());
        }
        values.put("version", String.valueOf(a.version()));
        return values;
    }

    private static String checkedUsername(String username) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new RefusedInputException("security.users.badUsername", name);
        }
        return name;
    }

    private static String checkedDisplayName(String displayName, String username) {
        String shown = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (shown.length() > 100) {
            throw new RefusedInputException("security.users.displayNameTooLong", 100);
        }
        return TextInput.checked(shown, "input.field.displayName", 100);
    }
}
