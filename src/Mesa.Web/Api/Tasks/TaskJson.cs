using Mesa.Core.Common;
using Mesa.Core.Tasks;

namespace Mesa.Web.Api.Tasks;

/// <summary>A task, activity or milestone as the API shows it, with the record it belongs to.</summary>
public sealed record TaskJson(long Id, WorkTaskKind Kind, string Title, string? Description, WorkTaskState State, int Order,
    string? Group, string? Agent, DateTimeOffset? DueAt, DateTimeOffset? DoneAt, IReadOnlyList<long> After, TaskParentJson Parent,
    string Version)
{
    public static TaskJson From(TaskSummary t, OrganisationTime time) => new(t.Id, t.Kind, t.Title, t.Description, t.State,
        t.Order, t.Group, t.AgentUserName, t.DueAt is { } due ? time.ToLocal(due) : null,
        t.DoneAt is { } done ? time.ToLocal(done) : null, t.After,
        new TaskParentJson(t.ParentKind, t.ParentId, t.ParentCode, t.ParentTitle),
        t.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

public sealed record TaskParentJson(TaskParentKind Kind, long Id, string Code, string Title);
