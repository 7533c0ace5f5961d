using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Mesa.Web.Pages.Agent.Changes;

/// <summary>What the change form sends (Guía §5 RFC): the fields of the change by the names people choose.</summary>
public sealed class ChangeForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Reason { get; set; }

    public ChangeType Type { get; set; } = ChangeType.Normal;

    public ChangeRisk Risk { get; set; } = ChangeRisk.Medium;

    public Level Impact { get; set; } = Level.Medium;

    /// <summary>Service and category in one picker ("service::/path").</summary>
    public string? Classification { get; set; }

    public string? PlannedStart { get; set; }

    public string? PlannedEnd { get; set; }

    public string? ImplementationPlan { get; set; }

    public string? BackoutPlan { get; set; }

    public string? TestPlan { get; set; }

    public string? Group { get; set; }

    public string? Agent { get; set; }

    public List<string> TeamAgents { get; set; } = [];

    public List<string> TeamGroups { get; set; } = [];

    public List<string> Approvers { get; set; } = [];

    public ApprovalRule ApprovalRule { get; set; } = ApprovalRule.Majority;

    public int? Quorum { get; set; }

    public static ChangeForm Of(ChangeDetails c, Display show) => new()
    {
        Title = c.Title,
        Description = c.Description,
        Reason = c.Reason,
        Type = c.Type,
        Risk = c.Risk,
        Impact = c.Impact,
        Classification = Common.Classification.Value(c.Service, c.Category),
        PlannedStart = show.DateInput(c.PlannedStart),
        PlannedEnd = show.DateInput(c.PlannedEnd),
        ImplementationPlan = c.ImplementationPlan,
        BackoutPlan = c.BackoutPlan,
        TestPlan = c.TestPlan,
        Group = c.Group?.Key,
        Agent = c.Agent?.Key,
        TeamAgents = c.TeamAgents.Select(a => a.Key).ToList(),
        TeamGroups = c.TeamGroups.Select(g => g.Key).ToList(),
        Approvers = c.Approvals.Select(a => a.ApproverUserName).ToList(),
        ApprovalRule = c.ApprovalRule,
        Quorum = c.ApprovalRule == ApprovalRule.Quorum ? c.Quorum : null,
    };

    /// <summary>The change as the service takes it; the window's fields are read in the organisation's zone.</summary>
    public NewChange ToNewChange(ModelStateDictionary state, OrganisationTime time, string invalidDate, IReadOnlyList<string> tickets,
        IReadOnlyList<string> problems) =>
        new(Title, Description, Type, Risk)
        {
            Reason = Reason,
            Impact = Impact,
            Service = Common.Classification.Service(Classification),
            Category = Common.Classification.Category(Classification),
            PlannedStart = LocalInstant.Read(state, time, "Input.PlannedStart", PlannedStart, invalidDate),
            PlannedEnd = LocalInstant.Read(state, time, "Input.PlannedEnd", PlannedEnd, invalidDate),
            ImplementationPlan = ImplementationPlan,
            BackoutPlan = BackoutPlan,
            TestPlan = TestPlan,
            Group = Group,
            Agent = Agent,
            TeamAgents = TeamAgents.Where(a => !string.IsNullOrWhiteSpace(a)).ToList(),
            TeamGroups = TeamGroups.Where(g => !string.IsNullOrWhiteSpace(g)).ToList(),
            Approvers = Approvers.Where(a => !string.IsNullOrWhiteSpace(a)).ToList(),
            ApprovalRule = ApprovalRule,
            Quorum = Quorum ?? 0,
            Tickets = tickets,
            Problems = problems,
        };
}
