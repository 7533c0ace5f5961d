using Mesa.Core.Reports;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Mesa.Web.Api;
using Mesa.Web.Api.Tickets;

namespace Mesa.Web.Pages.Agent.Reports;

/// <summary>A report's filters as a form holds them, in the ticket list's words (<c>incident</c>, <c>high</c>).</summary>
public sealed class ReportFilterValues
{
    public string? Type { get; set; }

    public string? Service { get; set; }

    public string? Category { get; set; }

    public string? Group { get; set; }

    public string? Agent { get; set; }

    public string? Priority { get; set; }

    public string? Origin { get; set; }

    public string? Location { get; set; }

    public static ReportFilterValues From(TicketListQuery q) => new()
    {
        Type = q.Type,
        Service = q.Service,
        Category = q.Category,
        Group = q.Group,
        Agent = q.Agent,
        Priority = q.Priority,
        Origin = q.Origin,
        Location = q.Location,
    };

    public static ReportFilterValues From(ReportScope s) => new()
    {
        Type = s.Type is { } type ? ApiEnums.Name(type) : null,
        Service = s.Service,
        Category = s.Category,
        Group = s.Group,
        Agent = s.Agent,
        Priority = s.Priority is { } priority ? ApiEnums.Name(priority) : null,
        Origin = s.Origin is { } origin ? ApiEnums.Name(origin) : null,
        Location = s.Location,
    };

    /// <summary>The filters, each word read as the list reads it; a word that means nothing is told beside its field.</summary>
    public ReportScope ToScope(Action<string, string> fail)
    {
        T? Word<T>(string field, string? value) where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (ApiEnums.TryParse<T>(value, out var parsed)) return parsed;
            fail(field, Mesa.Core.Common.Rules.InvalidValue);
            return null;
        }

        static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return new ReportScope(Word<TicketType>("type", Type), Blank(Service), Blank(Category), Blank(Group), Blank(Agent),
            Word<Level>("priority", Priority), Word<Origin>("origin", Origin), Blank(Location));
    }
}
