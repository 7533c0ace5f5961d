using Mesa.Core.Reports;
using Mesa.Web.Api;
using Mesa.Web.Api.Tickets;

namespace Mesa.Web.Pages.Agent.Reports;

/// <summary>The form of a scheduled report, in the API's words (<c>sla</c>, <c>weekly</c>, <c>xlsx</c>).</summary>
public sealed class ScheduleForm
{
    public string? Name { get; set; }

    public string Report { get; set; } = "sla";

    public string? By { get; set; }

    public string Format { get; set; } = "pdf";

    public string Frequency { get; set; } = "weekly";

    public ReportFilterValues Filters { get; set; } = new();

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
        Filters = ReportFilterValues.From(s.Scope),
        Addresses = s.Addresses.Replace(", ", "\n", StringComparison.Ordinal),
        Group = s.Group,
        Active = s.Active,
    };

    /// <summary>A new schedule of the report a person is looking at, with its grouping and filters.</summary>
    public static ScheduleForm Of(string? report, IQueryCollection query) => new()
    {
        Report = string.IsNullOrWhiteSpace(report) ? "sla" : report,
        By = query["by"].FirstOrDefault(),
        Filters = ReportFilterValues.From(TicketListQuery.Read(query)),
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

        var scope = Filters.ToScope((field, rule) => fail($"Filters.{field}", rule));
        return new ReportScheduleInput(Name, Word<ReportName>("Report", Report, true) ?? ReportName.Sla, Word<ReportBy>("By", By, false),
            Word<ReportFormat>("Format", Format, true) ?? ReportFormat.Pdf, Word<ReportFrequency>("Frequency", Frequency, true) ?? ReportFrequency.Weekly,
            scope, Addresses, null, Active);
    }
}
