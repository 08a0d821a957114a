package io.storedesk.security;

import static io.storedesk.store.schema.Tables.APP_USER;
import static io.storedesk.store.schema.Tables.SUPPORT_TEAM;
import static io.storedesk.store.schema.Tables.USER_SKILL;
import static io.storedesk.store.schema.Tables.WAREHOUSE;

import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.AppUserRecord;
import io.storedesk.store.schema.tables.records.SupportTeamRecord;
import io.storedesk.store.schema.tables.records.UserSkillRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Users, their teams and skills; accounts, passwords and sign-in counters (never a hash outside this package). */
public final class UserRepository {

    private final DSLContext dsl;

    public UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<String, Long> insertTeams(List<Team> teams) {
        BulkInsert.insert(dsl, teams.stream().map(t -> {
            SupportTeamRecord r = dsl.newRecord(SUPPORT_TEAM);
            r.setCode(t.code());
            r.setName(t.name());
            r.setLeadUser(t.leadUser());
            return r;
        }).toList());
        return dsl.select(SUPPORT_TEAM.CODE, SUPPORT_TEAM.ID).from(SUPPORT_TEAM)
                .fetchMap(SUPPORT_TEAM.CODE, SUPPORT_TEAM.ID);
    }

    /** Stores users (without passwords) and their skills in one transaction; returns ids by username. */
    public Map<String, Long> insertUsers(List<User> users) {
        dsl.transaction(() -> {
            // Thread-bound: joins the caller's unit of work if there is one (see Store).
            DSLContext ctx = dsl;
            List<UserSkillRecord> skills = new ArrayList<>();
            for (User u : users) {
                AppUserRecord r = ctx.newRecord(APP_USER);
                r.setUsername(u.username());
                r.setDisplayName(u.displayName());
                r.setRoleCode(u.role().name());
                r.setTeamId(u.teamId());
                r.setWarehouseId(u.warehouseId());
                r.setActive(u.active());
                r.setOnDuty(u.onDuty());
                r.insert();
                u.skills().stream().sorted().forEach(skill -> {
                    UserSkillRecord s = ctx.newRecord(USER_SKILL);
                    s.setUserId(r.getId());
                    s.setTicketType(skill);
                    skills.add(s);
                });
            }
            BulkInsert.insert(ctx, skills);
        });
        return dsl.select(APP_USER.USERNAME, APP_USER.ID).from(APP_USER).fetchMap(APP_USER.USERNAME, APP_USER.ID);
    }

    public Optional<User> findUser(String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional().map(r -> {
            Set<String> skills = new HashSet<>(dsl.select(USER_SKILL.TICKET_TYPE).from(USER_SKILL)
                    .where(USER_SKILL.USER_ID.eq(r.getId())).fetch(USER_SKILL.TICKET_TYPE));
            return new User(r.getId(), r.getUsername(), r.getDisplayName(), Role.valueOf(r.getRoleCode()),
                    r.getTeamId(), r.getWarehouseId(), r.getActive(), r.getOnDuty(), skills);
        });
    }

    /** Every account, by user name. */
    public List<UserAccount> accounts() {
        return accountsWhere(DSL.noCondition());
    }

    public Optional<UserAccount> account(String username) {
        return accountsWhere(APP_USER.USERNAME.eq(username)).stream().findFirst();
    }

    /** Accounts with the code and name of their team and warehouse, by user name. */
    private List<UserAccount> accountsWhere(Condition where) {
        return dsl.select(APP_USER.asterisk(), SUPPORT_TEAM.CODE, SUPPORT_TEAM.NAME, WAREHOUSE.CODE, WAREHOUSE.NAME)
                .from(APP_USER)
                .leftJoin(SUPPORT_TEAM).on(SUPPORT_TEAM.ID.eq(APP_USER.TEAM_ID))
                .leftJoin(WAREHOUSE).on(WAREHOUSE.ID.eq(APP_USER.WAREHOUSE_ID))
                .where(where).orderBy(APP_USER.USERNAME)
                .fetch(r -> {
                    AppUserRecord u = r.into(APP_USER);
                    UserAccount.Place team = u.getTeamId() == null ? null : new UserAccount.Place(u.getTeamId(),
                            r.get(SUPPORT_TEAM.CODE), r.get(SUPPORT_TEAM.NAME));
                    UserAccount.Place warehouse = u.getWarehouseId() == null ? null : new UserAccount.Place(
                            u.getWarehouseId(), r.get(WAREHOUSE.CODE), r.get(WAREHOUSE.NAME));
                    return toAccount(u, team, warehouse);
                });
    }

    /** Whether an active administrator can sign in: the store is then claimed (decision 0022). */
    public boolean hasAdministratorWithPassword() {
        return dsl.fetchExists(APP_USER, APP_USER.ROLE_CODE.eq(Role.ADMIN.name()), APP_USER.ACTIVE.isTrue(),
                hasPassword());
    }

    /** Active administrators who can sign in, other than the one named. */
    public int otherAdministratorsWithPassword(long userId) {
        return dsl.fetchCount(APP_USER, APP_USER.ROLE_CODE.eq(Role.ADMIN.name()), APP_USER.ACTIVE.isTrue(),
                hasPassword(), APP_USER.ID.ne(userId));
    }

    public Optional<Long> teamId(String code) {
        return dsl.select(SUPPORT_TEAM.ID).from(SUPPORT_TEAM).where(SUPPORT_TEAM.CODE.eq(code))
                .fetchOptional(SUPPORT_TEAM.ID);
    }

    public Optional<Long> warehouseId(String code) {
        return dsl.select(WAREHOUSE.ID).from(WAREHOUSE).where(WAREHOUSE.CODE.eq(code)).fetchOptional(WAREHOUSE.ID);
    }

    Optional<LoginState> loginState(String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional()
                .map(r -> new LoginState(r.getId(), new Principal(r.getUsername(), r.getDisplayName(),
                        Role.valueOf(r.getRoleCode())), r.getActive(), r.getPasswordHash(), r.getFailedAttempts(),
                        r.getLockedUntil()));
    }

    /** Stores a new account (password hash may be null: cannot sign in); returns its id. */
    public long insertAccount(NewUser user, String passwordHash, String by, Instant at) {
        AppUserRecord r = dsl.newRecord(APP_USER);
        r.setUsername(user.username());
        r.setDisplayName(user.displayName());
        r.setRoleCode(user.role().name());
        r.setTeamId(user.teamId());
        r.setWarehouseId(user.warehouseId());
        r.setPasswordHash(passwordHash);
        r.setActive(true);
        r.setOnDuty(true);
        r.setCreatedAt(at);
        r.setUpdatedAt(at);
        r.setUpdatedBy(by);
        r.insert();
        return r.getId();
    }

    /** Changes the role if the row still has the version the editor saw; false = someone changed it first. */
    public boolean updateRole(long id, Role role, int expectedVersion, String by, Instant at) {
        return dsl.update(APP_USER).set(APP_USER.ROLE_CODE, role.name()).set(APP_USER.VERSION, expectedVersion + 1)
                .set(APP_USER.UPDATED_AT, at).set(APP_USER.UPDATED_BY, by)
                .where(APP_USER.ID.eq(id), APP_USER.VERSION.eq(expectedVersion)).execute() == 1;
    }

    /** Team and warehouse (null = none) if the row still has the version the editor saw. */
    public boolean updatePlace(long id, Long teamId, Long warehouseId, int expectedVersion, String by, Instant at) {
        return dsl.update(APP_USER).set(APP_USER.TEAM_ID, teamId).set(APP_USER.WAREHOUSE_ID, warehouseId)
                .set(APP_USER.VERSION, expectedVersion + 1).set(APP_USER.UPDATED_AT, at).set(APP_USER.UPDATED_BY, by)
                .where(APP_USER.ID.eq(id), APP_USER.VERSION.eq(expectedVersion)).execute() == 1;
    }

    public boolean deactivate(long id, int expectedVersion, String by, Instant at) {
        return dsl.update(APP_USER).set(APP_USER.ACTIVE, false).set(APP_USER.ON_DUTY, false)
                .set(APP_USER.VERSION, expectedVersion + 1).set(APP_USER.UPDATED_AT, at).set(APP_USER.UPDATED_BY, by)
                .where(APP_USER.ID.eq(id), APP_USER.VERSION.eq(expectedVersion)).execute() == 1;
    }

    /** A new password (also ends a lockout); false = the row changed since the editor read it. */
    public boolean setPassword(long id, String passwordHash, int expectedVersion, String by, Instant at) {
        return dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).set(APP_USER.FAILED_ATTEMPTS, 0)
                .setNull(APP_USER.LOCKED_UNTIL).set(APP_USER.VERSION, expectedVersion + 1)
                .set(APP_USER.UPDATED_AT, at).set(APP_USER.UPDATED_BY, by)
                .where(APP_USER.ID.eq(id), APP_USER.VERSION.eq(expectedVersion)).execute() == 1;
    }

    // Sign-in bookkeeping does not bump the version: an administrator's edit must not conflict with a sign-in.

    void recordFailure(long id, int failedAttempts, Instant lockedUntil) {
        dsl.update(APP_USER).set(APP_USER.FAILED_ATTEMPTS, failedAttempts).set(APP_USER.LOCKED_UNTIL, lockedUntil)
                .where(APP_USER.ID.eq(id)).execute();
    }

    void recordSignIn(long id, Instant at) {
        dsl.update(APP_USER).set(APP_USER.FAILED_ATTEMPTS, 0).setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.LAST_LOGIN_AT, at).where(APP_USER.ID.eq(id)).execute();
    }

    /** The same password under today's hash parameters. */
    void replaceHash(long id, String passwordHash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.ID.eq(id)).execute();
    }

    private static Condition hasPassword() {
        return APP_USER.PASSWORD_HASH.isNotNull().and(DSL.length(APP_USER.PASSWORD_HASH).gt(0));
    }

    private static UserAccount toAccount(AppUserRecord r, UserAccount.Place team, UserAccount.Place warehouse) {
        String hash = r.getPasswordHash();
        return new UserAccount(r.getId(), r.getUsername(), r.getDisplayName(), Role.valueOf(r.getRoleCode()),
                team, warehouse, r.getActive(), hash != null && !hash.isEmpty(), r.getLastLoginAt(),
                r.getLockedUntil(), r.getVersion());
    }
}
