package io.storedesk.stock;

import java.time.LocalDate;
import java.util.List;

/** Everything one planning run reads; the planner itself reads nothing else. batches: those with an expiry. */
public record PlanningInput(LocalDate today, List<PlanningPosition> positions, List<Batch> batches,
                            PlanningPolicy policy) {
}
