package io.storedesk.aftersales.returns;

import io.storedesk.common.MessageKey;
import io.storedesk.common.Money;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Role;
import io.storedesk.security.User;
import io.storedesk.security.UserRepository;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a person may approve an amount: their role's ceiling for the permission (role_permission.limit_amount)
 * must cover it. A refusal names the ceiling and the smallest role that could approve instead, so the agent knows
 * whom to ask.
 */
public final class ApprovalLimits {

    private final ReturnsRepository repository;
    private final UserRepository users;

    public ApprovalLimits(ReturnsRepository repository, UserRepository users) {
        this.repository = repository;
        this.users = users;
    }

    /** The approver, once allowed; refused (…unknownApprover, …notAllowed, …overLimit) otherwise. */
    public User require(ApprovalPermission permission, String approverUsername, Money amount) {
        User approver = Optional.ofNullable(approverUsername).flatMap(users::findUser).filter(User::active)
                .orElseThrow(() -> new RefusedInputException("aftersales.refund.unknownApprover", approverUsername));
        check(permission, repository.ceilings(permission), approver, amount);
        return approver;
    }

    /** The rule itself, on ceilings already read: refused unless the approver's role covers the amount. */
    static void check(ApprovalPermission permission, List<ApprovalCeiling> ceilings, User approver, Money amount) {
        Optional<ApprovalCeiling> own = ceilings.stream().filter(c -> c.role() == approver.role()).findFirst();
        if (own.isPresent() && own.get().covers(amount.amount())) {
            return;
        }
        MessageKey askInstead = whoMayApprove(ceilings, amount.amount());
        if (own.isEmpty()) {
            throw new RefusedInputException(permission.messagePrefix() + ".notAllowed", approver.displayName(),
                    roleName(approver.role()), askInstead);
        }
        throw new RefusedInputException(permission.messagePrefix() + ".overLimit", approver.displayName(),
                own.get().limit(), amount.currency(), amount.amount(), askInstead);
    }

    /** The role with the smallest ceiling that still covers the amount (no ceiling counts as the largest). */
    static MessageKey whoMayApprove(List<ApprovalCeiling> ceilings, BigDecimal amount) {
        return ceilings.stream().filter(c -> c.covers(amount))
                .min(Comparator.comparing(ApprovalCeiling::limit, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ApprovalCeiling::role))
                .map(c -> roleName(c.role()))
                .orElse(new MessageKey("aftersales.refund.role.nobody"));
    }

    private static MessageKey roleName(Role role) {
        return new MessageKey("aftersales.refund.role." + role.name());
    }
}
