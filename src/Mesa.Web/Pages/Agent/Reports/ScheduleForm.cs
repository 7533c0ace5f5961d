using Mesa.Core.Reports;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Mesa.Web.Api;

namespace Mesa.Web.Pages.Agent.Reports;

/// <summary>The form of a scheduled report, in the API's words (<c>sla</c>, <c>weekly</c>, <c>xlsx</c>).</summary>
public sealed class ScheduleForm
{
    public string? Name { get; set; }

    public string Report { get; set; } = "sla";

    public string? By { get; set; }

    public string Format { get; set; } = "pdf";

    public string Frequency { get; set; } = "weekly";

    public string? Type { get; set; }

    public string? Service { get; set; }

    public string? Category { get; set; }

    public string? FilterGroup { get; set; }

    public string? Agent { get; set; }

    public string? Priority { get; set; }

    public string? Origin { get; set; }

    public string? Location { get; set; }

    /// <summary>E-mail addresses, one a line or separated by commas.</summary>
    public string? Addresses { get; set; }

    /// <summary>The group whose supervisors receive it.</summary>
    public string? Group { get; set; }

    public bool Active { get; set; } = true;

    public static ScheduleForm From(ReportScheduleSummary s) => new()
    {
        Name = s.Name,
        Report = ApiEnums.Name(s.Report),
        By = s.By is { } by ? ApiEnums.Name(by) : null,
        Format = ApiEnums.Name(s.Format),
        Frequency = ApiEnums.Name(s.Frequency),
        Type = s.Scope.Type is { } type ? ApiEnums.Name(type) : null,
        Service = s.Scope.Service,
        Category = s.Scope.Category,
        FilterGroup = s.Scope.Group,
        Agent = s.Scope.Agent,
        Priority = s.Scope.Priority is { } priority ? ApiEnums.Name(priority) : null,
        Origin = s.Scope.Origin is { } origin ? ApiEnums.Name(origin) : null,
        Location = s.Scope.Location,
        Addresses = s.Addresses.Replace(", ", "\n", StringComparison.Ordinal),
        Group = s.Group,
        Active = s.Active,
    };

    /// <summary>A new schedule of the report a person is looking at, with its grouping and filters.</summary>
    public static ScheduleForm Of(string? report, IQueryCollection query) => new()
    {
        Report = string.IsNullOrWhiteSpace(report) ? "sla" : report,
        By = query["by"].FirstOrDefault(),
        Type = query["type"].FirstOrDefault(),
        Service = query["service"].FirstOrDefault(),
        Category = query["category"].FirstOrDefault(),
        FilterGroup = query["group"].FirstOrDefault(),
        Agent = query["agent"].FirstOrDefault(),
        Priority = query["priority"].FirstOrDefault(),
        Origin = query["origin"].FirstOrDefault(),
        Location = query["location"].FirstOrDefault(),
    };

    /// <summary>The settings, each word read as the API reads it; a word that means nothing is told beside its field.</summary>
    public ReportScheduleInput ToInput(Action<string, string> fail)
    {
        T? Word<T>(string field, string? value, bool required) where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required) fail(field, Mesa.Core.Common.Rules.Required);
                return null;
            }

            if (ApiEnums.TryParse<T>(value, out var parsed)) return parsed;
            fail(field, Mesa.Core.Common.Rules.InvalidValue);
            return null;
        }

        string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var scope = new ReportScope(Word<TicketType>("Type", Type, false), Blank(Service), Blank(Category), Blank(FilterGroup), Blank(Agent),
            Word<Level>("Priority", Priority, false), Word<Origin>("Origin", Origin, false), Blank(Location));
        return new ReportScheduleInput(Name, Word<ReportName>("Report", Report, true) ?? ReportName.Sla, Word<ReportBy>("By", By, false),
            Word<ReportFormat>("Format", Format, true) ?? ReportFormat.Pdf, Word<ReportFrequency>("Frequency", Frequency, true) ?? ReportFrequency.Weekly,
            scope, Addresses, null, Active);
    }
}
