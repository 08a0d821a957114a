package io.storedesk.security;

import io.storedesk.Services;
import io.storedesk.testing.MovingClock;
import java.time.Instant;
import java.time.ZoneId;

/** The sign-in services on a test store, with light password hashing and a clock the test moves. */
final class SecurityFixture {

    final MovingClock clock = new MovingClock(Instant.parse("2025-03-01T02:00:00Z"));
    final Access access = Access.localOwner("owner");
    final UserRepository userRepository;
    final PermissionRepository permissionRepository;
    final AuditLog audit;
    final SignIn signIn;
    final UserAccounts users;
    final PermissionMatrix matrix;

    SecurityFixture(Services services) {
        var dsl = services.store().dsl();
        userRepository = new UserRepository(dsl);
        permissionRepository = new PermissionRepository(dsl);
        audit = new AuditLog(new AuditRepository(dsl), clock);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        signIn = new SignIn(userRepository, permissionRepository, PasswordHasherTest.LIGHT, LockoutPolicy.STANDARD,
                access, () -> zone, clock);
        users = new UserAccounts(userRepository, permissionRepository, PasswordHasherTest.LIGHT, access, audit,
                services.store(), clock);
        matrix = new PermissionMatrix(permissionRepository, access, signIn, audit, services.store(), clock);
    }
}
