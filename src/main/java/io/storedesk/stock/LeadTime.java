package io.storedesk.stock;

/**
 * Days from ordering to having the goods, most specific first: the position's own setting (the merchant
 * knows best), then what the supplier's received orders took, then what the supplier promises, then the
 * shop's default.
 */
final class LeadTime {

    private LeadTime() {
    }

    static double days(PlanningPosition position, PlanningPolicy policy) {
        StockSetting setting = position.setting();
        if (setting != null && setting.leadTimeDays() != null) {
            return setting.leadTimeDays();
        }
        if (position.measuredLeadTimeDays() != null) {
            return position.measuredLeadTimeDays();
        }
        if (position.supplierLeadTimeDays() != null) {
            return position.supplierLeadTimeDays();
        }
        return policy.defaultLeadTimeDays();
    }
}
