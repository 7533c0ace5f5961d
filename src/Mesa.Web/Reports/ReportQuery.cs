using System.Globalization;
using Mesa.Core.Common;
using Mesa.Core.Reports;
using Mesa.Web.Api;
using Mesa.Web.Api.Tickets;

namespace Mesa.Web.Reports;

/// <summary>
/// A report's query string, one vocabulary for the API and the page: the period (registration dates,
/// inclusive, in the organisation's zone), the rows, the file, and every filter of the ticket list.
/// </summary>
public sealed record ReportQuery(string? By, string? Format, TicketListQuery Filters)
{
    public static ReportQuery Read(IQueryCollection query)
    {
        string? Get(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;
        return new ReportQuery(Get("by"), Get("format"), TicketListQuery.Read(query));
    }

    public ReportRequest ToRequest(ReportName name, TimeZoneInfo zone, Action<string, string, object[]> fail)
    {
        DateOnly? Day(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && day.Year is >= OrganisationTime.FirstYear and <= OrganisationTime.LastYear) return day;
            fail(field, Rules.InvalidDate, [value]);
            return null;
        }

        ReportBy? by = null;
        if (!string.IsNullOrWhiteSpace(By))
        {
            if (ApiEnums.TryParse<ReportBy>(By.Trim(), out var parsed)) by = parsed;
            else fail("by", Rules.InvalidValue, [By]);
        }

        // The list's own from/to are the report's period; it reads them as dates itself.
        var filter = (Filters with { From = null, To = null, View = null, Measure = null, Page = null, PageSize = null, Sort = null })
            .ToFilter(zone, fail);
        return new ReportRequest(name, by, Day("from", Filters.From), Day("to", Filters.To), filter);
    }

    public ReportFormat FormatOr(ReportFormat fallback, Action<string, string, object[]> fail)
    {
        if (string.IsNullOrWhiteSpace(Format)) return fallback;
        if (ApiEnums.TryParse<ReportFormat>(Format.Trim(), out var format)) return format;
        fail("format", Rules.InvalidValue, [Format]);
        return fallback;
    }
}
