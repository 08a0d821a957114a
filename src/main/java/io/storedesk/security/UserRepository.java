package io.storedesk.security;

import static io.storedesk.store.schema.Tables.APP_USER;
import static io.storedesk.store.schema.Tables.SUPPORT_TEAM;
import static io.storedesk.store.schema.Tables.USER_SKILL;

import io.storedesk.store.BulkInsert;
import io.storedesk.store.schema.tables.records.AppUserRecord;
import io.storedesk.store.schema.tables.records.SupportTeamRecord;
import io.storedesk.store.schema.tables.records.UserSkillRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/** Users, their teams and skills. */
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
}
