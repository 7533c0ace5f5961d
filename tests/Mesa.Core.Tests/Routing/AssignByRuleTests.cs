using System.Globalization;
using Mesa.Core.Routing;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Routing;

public sealed class AssignByRuleTests
{
    private static readonly HistoryText Spanish = new(CultureInfo.GetCultureInfo("es-CO"));

    [Fact] // Guía §7: the sweep places the ticket by its rule, signed by Escalado Automático, and the group's turn moves on
    public void The_sweep_assigns_by_rule_with_a_note_that_names_the_rule_and_records_the_groups_turn()
    {
        var ticket = A.Ticket().Build();
        var group = SoporteTecnico;
        var rule = new AssignmentRule("Impresoras a Soporte", group.Id, new RuleCriteria());

        ticket.AssignByRule(rule, group, Agente2User, RuleOccasion.Sweep, Spanish, Supervisor1, At("2026-03-02 08:05"));

        Assert.Equal(TicketState.Assigned, ticket.State);
        Assert.Equal("Asignación automática: regla «Impresoras a Soporte».", ticket.Events.Last(e => e.Kind == TicketEventKind.Assigned).Note);
        Assert.Equal(Agente2.Id, group.LastAssignedAgentId);
    }

    [Theory] // The words the system writes into the history exist in the organisation's two languages
    [InlineData("es-CO", "regla «R»")]
    [InlineData("en", "rule “R”")]
    public void Every_occasion_of_a_rule_assignment_has_its_words(string language, string naming)
    {
        var words = new HistoryText(CultureInfo.GetCultureInfo(language));

        foreach (var occasion in Enum.GetValues<RuleOccasion>())
            Assert.Contains(naming, words[$"RuleAssignment.{occasion}", "R"], StringComparison.Ordinal);
    }
}
