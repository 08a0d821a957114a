package io.storedesk.aftersales.returns;

import static io.storedesk.testing.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Role;
import io.storedesk.security.User;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The approval rule on V14's ceilings: agent 200, operator 500, manager 5000, admin unlimited, warehouse none. */
class ApprovalLimitsTest {

    private static final List<ApprovalCeiling> V14 = List.of(new ApprovalCeiling(Role.ADMIN, null),
            new ApprovalCeiling(Role.AGENT, new BigDecimal("200.00")),
            new ApprovalCeiling(Role.MANAGER, new BigDecimal("5000.00")),
            new ApprovalCeiling(Role.OPERATOR, new BigDecimal("500.00")));

    @ParameterizedTest(name = "{0} approves {1}: {2}")
    @CsvSource(textBlock = """
            # role,    amount,    refusal (empty = approved)
            AGENT,     150.00,
            AGENT,     200.00,
            AGENT,     250.00,    overLimit
            OPERATOR,  500.00,
            OPERATOR,  500.01,    overLimit
            MANAGER,   4999.99,
            MANAGER,   5000.01,   overLimit
            ADMIN,     1000000,
            WAREHOUSE, 0.01,      notAllowed
            """)
    void eachRoleApprovesUpToItsCeiling(Role role, String amount, String refusal) {
        User approver = new User(1, "p", "P", role, null, null, true, true, Set.of());

        if (refusal == null) {
            assertThatCode(() -> ApprovalLimits.check(ApprovalPermission.REFUND_APPROVE, V14, approver, cny(amount)))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ApprovalLimits.check(ApprovalPermission.REFUND_APPROVE, V14, approver,
                    cny(amount))).isInstanceOfSatisfying(RefusedInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("aftersales.refund." + refusal));
        }
    }

    @Test
    void theSmallestCeilingThatCoversTheAmountIsWhoToAsk() {
        assertThat(ApprovalLimits.whoMayApprove(V14, new BigDecimal("199")).key())
                .isEqualTo("aftersales.refund.role.AGENT");
        assertThat(ApprovalLimits.whoMayApprove(V14, new BigDecimal("501")).key())
                .isEqualTo("aftersales.refund.role.MANAGER");
        assertThat(ApprovalLimits.whoMayApprove(V14, new BigDecimal("5000.01")).key())
                .isEqualTo("aftersales.refund.role.ADMIN");
        assertThat(ApprovalLimits.whoMayApprove(V14.subList(1, 4), new BigDecimal("6000")))
                .extracting(MessageKey::key).isEqualTo("aftersales.refund.role.nobody");
    }

    @Test
    void compensationsAreRefusedUnderTheirOwnMessages() {
        User agent = new User(1, "p", "P", Role.AGENT, null, null, true, true, Set.of());

        assertThatThrownBy(() -> ApprovalLimits.check(ApprovalPermission.COMPENSATION_APPROVE, V14, agent,
                cny("201"))).isInstanceOfSatisfying(RefusedInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("aftersales.compensation.overLimit"));
    }
}
