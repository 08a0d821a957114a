package io.storedesk.security;

import static io.storedesk.store.schema.Tables.PERSONAL_DATA_ACCESS;

import io.storedesk.store.schema.tables.records.PersonalDataAccessRecord;
import java.util.List;
import org.jooq.DSLContext;

/** The personal-data access log: appending a look, reading the newest. */
public final class PersonalDataAccessRepository {

    /** The column's width; a longer detail is cut, the look is still logged. */
    static final int DETAIL_LENGTH = 500;

    private final DSLContext dsl;

    public PersonalDataAccessRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(PersonalDataAccess look) {
        PersonalDataAccessRecord r = dsl.newRecord(PERSONAL_DATA_ACCESS);
        r.setOccurredAt(look.occurredAt());
        r.setUserName(look.user());
        r.setCustomerId(look.customerId());
        r.setAction(look.action().name());
        String detail = look.detail();
        r.setDetail(detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH));
        r.insert();
    }

    /** The newest looks first. */
    public List<PersonalDataAccess> newest(int limit) {
        return dsl.selectFrom(PERSONAL_DATA_ACCESS).orderBy(PERSONAL_DATA_ACCESS.ID.desc()).limit(limit)
                .fetch(r -> new PersonalDataAccess(r.getId(), r.getOccurredAt(), r.getUserName(), r.getCustomerId(),
                        PersonalDataAccess.Action.valueOf(r.getAction()), r.getDetail()));
    }
}
