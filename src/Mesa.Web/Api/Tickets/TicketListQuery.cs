using System.Globalization;
using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Tickets;

/// <summary>
/// The ticket list's query string, one vocabulary for the API (the API's the console's filters) and the
/// console's "En curso" page, so that a saved filter and an API call read the same. Values that mean nothing are
/// reported field by field through <c>fail</c> (a 400 for the API, a message beside the field on the page).
/// </summary>
public sealed record TicketListQuery(string? View, string? State, string? Q, int? Page, int? PageSize, string? Sort,
    string? Type, string? Substate, string? Group, string? Agent, string? HasAgent, string? Service, string? Category,
    string? Priority, string? Breached, string? Unplaced, string? From, string? To)
{
    /// <summary>The page's way in: the same names, read from the request's query string.</summary>
    public static TicketListQuery Read(IQueryCollection query)
    {
        string? Get(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;
        int? Number(string name) => int.TryParse(Get(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return new TicketListQuery(Get("view"), Get("state"), Get("q"), Number("page"), Number("pageSize"), Get("sort"),
            Get("type"), Get("substate"), Get("group"), Get("agent"), Get("hasAgent"), Get("service"), Get("category"),
            Get("priority"), Get("breached"), Get("unplaced"), Get("from"), Get("to"));
    }

    public TicketFilter ToFilter(TimeZoneInfo zone, Action<string, string, object[]> fail)
    {
        T? Enum<T>(string field, string? value) where T : struct, System.Enum
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (ApiEnums.TryParse<T>(value, out var parsed)) return parsed;
            fail(field, Rules.InvalidValue, [value]);
            return null;
        }

        bool? YesNo(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (bool.TryParse(value, out var yes)) return yes;
            fail(field, Rules.InvalidValue, [value]);
            return null;
        }

        // A registration date in the organisation's zone: from its midnight, up to the next day's for "to".
        DateTimeOffset? Midnight(string field, string? value, int plusDays)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || day.Year is < OrganisationTime.FirstYear or > OrganisationTime.LastYear)
            {
                fail(field, Rules.InvalidDate, [value]);
                return null;
            }

            return OrganisationTime.DayStart(zone, day.AddDays(plusDays));
        }

        if (Q is { Length: > Ticket.TitleMaxLength }) fail("q", Rules.TooLong, [Ticket.TitleMaxLength]);
        return new TicketFilter(Enum<TicketListView>("view", View), Enum<TicketState>("state", State), Q?.Trim(),
            Math.Max(Page ?? 1, 1), Math.Clamp(PageSize ?? 50, 1, TicketFilter.MaxPageSize),
            Enum<TicketSort>("sort", Sort) ?? TicketSort.Newest)
        {
            Type = Enum<TicketType>("type", Type),
            Substate = Blank(Substate),
            Group = Blank(Group),
            Agent = Blank(Agent),
            HasAgent = YesNo("hasAgent", HasAgent),
            Service = Blank(Service),
            Category = Blank(Category),
            Priority = Enum<Level>("priority", Priority),
            Breached = YesNo("breached", Breached),
            Unplaced = YesNo("unplaced", Unplaced) == true,
            CreatedFrom = Midnight("from", From, 0),
            CreatedBefore = Midnight("to", To, 1),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
