using System.Globalization;
using System.Text.Json;
using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.Sla;

namespace Mesa.Web.Api.Changes;

/// <summary>The body of <c>POST /api/v1/changes</c> and <c>PUT /api/v1/changes/{id}</c>.</summary>
public sealed record ChangeRequestBody(
    string? Title, string? Description, string? Reason, string? Type, string? Risk, string? Impact, string? Service,
    string? Category, string? PlannedStart, string? PlannedEnd, string? ImplementationPlan, string? BackoutPlan,
    string? TestPlan, string? Group, string? Agent, ChangeTeamBody? Team, IReadOnlyList<string>? Approvers,
    string? ApprovalRule, int? Quorum, IReadOnlyList<JsonElement>? Tickets, IReadOnlyList<JsonElement>? Problems)
{
    public NewChange ToNewChange(RequestReader read, OrganisationTime time)
    {
        read.Text("title", Title, ChangeRequest.TitleMaxLength, required: true);
        read.Text("description", Description, ChangeRequest.TextMaxLength, required: true);
        var type = read.Enum<ChangeType>("type", Type) ?? ChangeType.Normal;
        var risk = read.Enum<ChangeRisk>("risk", Risk) ?? ChangeRisk.Medium;
        var impact = read.Enum<Level>("impact", Impact) ?? Level.Medium;
        var rule = read.Enum<ApprovalRule>("approvalRule", ApprovalRule) ?? Core.Changes.ApprovalRule.All;
        var start = read.Instant("plannedStart", PlannedStart, time.Zone);
        var end = read.Instant("plannedEnd", PlannedEnd, time.Zone);
        var quorum = read.Number("quorum", Quorum, 1, 1_000, required: rule == Core.Changes.ApprovalRule.Quorum);
        var tickets = Keys(read, "tickets", Tickets);
        var problems = Keys(read, "problems", Problems);
        Names(read, "approvers", Approvers);
        Names(read, "team.agents", Team?.Agents);
        Names(read, "team.groups", Team?.Groups);
        read.ThrowIfInvalid();
        return new NewChange(Title, Description, type, risk)
        {
            Reason = Reason,
            Impact = impact,
            Service = Service,
            Category = Category,
            PlannedStart = start,
            PlannedEnd = end,
            ImplementationPlan = ImplementationPlan,
            BackoutPlan = BackoutPlan,
            TestPlan = TestPlan,
            Group = Group,
            Agent = Agent,
            TeamAgents = Team?.Agents ?? [],
            TeamGroups = Team?.Groups ?? [],
            Approvers = Approvers ?? [],
            ApprovalRule = rule,
            Quorum = quorum ?? 0,
            Tickets = tickets,
            Problems = problems,
        };
    }

    /// <summary>A record named by its number or its code.</summary>
    private static List<string> Keys(RequestReader read, string field, IReadOnlyList<JsonElement>? values)
    {
        var keys = new List<string>();
        foreach (var value in values ?? [])
        {
            var key = value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetInt64(out var id) && id > 0 => id.ToString(CultureInfo.InvariantCulture),
                JsonValueKind.String when value.GetString() is { Length: > 0 and <= 100 } text => text,
                _ => null,
            };
            if (key is null) read.Fail(field, Rules.InvalidValue, value.GetRawText().Length > 40 ? value.GetRawText()[..40] : value.GetRawText());
            else keys.Add(key);
        }

        return keys;
    }

    private static void Names(RequestReader read, string field, IReadOnlyList<string>? names)
    {
        if (names?.Any(string.IsNullOrWhiteSpace) == true) read.Fail(field, Rules.Required);
    }
}

public sealed record ChangeTeamBody(IReadOnlyList<string>? Agents, IReadOnlyList<string>? Groups);

public sealed record ChangeNoteBody(string? Note);

/// <summary>Guía §15.1 Notificar from a change: to some of its people, by user name.</summary>
public sealed record ChangeNoticeBody(string? Subject, string? Text, IReadOnlyList<string>? Recipients, string? Template);

public sealed record ChangeDecisionBody(string? Decision, string? Note);

public sealed record ChangeTransitionBody(string? To, string? Note, string? Outcome, string? TicketSolution);

public sealed record ChangeAssignBody(string? Group, string? Agent, string? Note);

public sealed record ChangeRescheduleBody(string? PlannedStart, string? PlannedEnd, string? Note);
