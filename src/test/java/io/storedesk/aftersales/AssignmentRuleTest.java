package io.storedesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who gets a new ticket, by the rule alone: skill, duty, open load, then whose turn it is. */
class AssignmentRuleTest {

    private static final Set<TicketType> RETURNS = Set.of(TicketType.RETURN, TicketType.EXCHANGE);

    @Test
    void threeEqualAgentsTakeNineTicketsInTurnThreeEach() {
        List<AgentLoad> agents = List.of(agent("wangfang", 0, 0), agent("sunyue", 0, 0), agent("liuyang", 0, 0));

        List<String> picks = assignInTurn(agents, 9);

        // Same load and never assigned: by username first, then whoever waited longest.
        assertThat(picks).containsExactly("liuyang", "sunyue", "wangfang", "liuyang", "sunyue", "wangfang",
                "liuyang", "sunyue", "wangfang");
    }

    @Test
    void anAgentHoldingFiveOpenTicketsGetsNoneUntilTheOthersCatchUp() {
        List<AgentLoad> agents = List.of(agent("busy", 5, 0), agent("idle1", 0, 0), agent("idle2", 0, 0));

        List<String> picks = assignInTurn(agents, 12);

        // idle1 and idle2 take ten tickets between them to reach five each; then all three share the rest.
        assertThat(picks.subList(0, 10)).doesNotContain("busy").containsOnly("idle1", "idle2");
        assertThat(picks.subList(10, 12)).containsExactly("busy", "idle1");
    }

    @Test
    void amongEqualLoadsTheAgentAssignedLeastRecentlyWins() {
        List<AgentLoad> agents = List.of(agent("anna", 2, 90), agent("bob", 2, 40), agent("carl", 2, 70));

        assertThat(AssignmentRule.pick(TicketType.RETURN, agents)).contains("bob");
    }

    @Test
    void offDutyInactiveAndUnskilledAgentsNeverGetOne() {
        List<AgentLoad> agents = List.of(
                new AgentLoad("offduty", true, false, RETURNS, 0, 0),
                new AgentLoad("inactive", false, true, RETURNS, 0, 0),
                new AgentLoad("inquiries", true, true, Set.of(TicketType.INQUIRY), 0, 0),
                agent("zhaoli", 30, 99));

        assertThat(assignInTurn(agents, 5)).containsOnly("zhaoli");
    }

    @Test
    void nobodyOnDutyWithTheSkillLeavesTheTicketUnassigned() {
        List<AgentLoad> agents = List.of(new AgentLoad("offduty", true, false, RETURNS, 0, 0),
                agent("wangfang", 0, 0));

        assertThat(AssignmentRule.pick(TicketType.COMPLAINT, agents)).isEmpty();
        assertThat(AssignmentRule.pick(TicketType.RETURN, List.of(agents.get(0)))).isEmpty();
    }

    private static AgentLoad agent(String username, int open, long lastTurn) {
        return new AgentLoad(username, true, true, RETURNS, open, lastTurn);
    }

    /** Assigns return tickets one after another as the store would: the winner's load and turn go up. */
    private static List<String> assignInTurn(List<AgentLoad> start, int tickets) {
        List<AgentLoad> agents = new ArrayList<>(start);
        List<String> picks = new ArrayList<>();
        for (int turn = 1; turn <= tickets; turn++) {
            String winner = AssignmentRule.pick(TicketType.RETURN, agents).orElseThrow();
            picks.add(winner);
            for (int i = 0; i < agents.size(); i++) {
                AgentLoad a = agents.get(i);
                if (a.username().equals(winner)) {
                    agents.set(i, new AgentLoad(a.username(), a.active(), a.onDuty(), a.skills(),
                            a.openTickets() + 1, 100 + turn));
                }
            }
        }
        return picks;
    }
}
