using System.Globalization;
using Mesa.Core.Common;
using Mesa.Core.Reports;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api.Tickets;

/// <summary>
/// The ticket list's query string, one vocabulary for the API (the API's the console's filters) and the
/// console's "En curso" page, so that a saved filter and an API call read the same. Values that mean nothing are
/// reported field by field through <c>fail</c> (a 400 for the API, a message beside the field on the page).
/// </summary>
public sealed record TicketListQuery(string? View, string? State, string? Q, string? Page, string? PageSize, string? Sort,
    string? Type, string? Substate, string? Group, string? Agent, string? HasAgent, string? Service, string? Category,
    string? Priority, string? Breached, string? Unplaced, string? From, string? To, string? Origin = null,
    string? Location = null, string? ExactCategory = null, string? Measure = null, string? HasGroup = null)
{
    /// <summary>The page's way in: the same names, read from the request's query string.</summary>
    public static TicketListQuery Read(IQueryCollection query)
    {
        string? Get(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;
        return new TicketListQuery(Get("view"), Get("state"), Get("q"), Get("page"), Get("pageSize"), Get("sort"),
            Get("type"), Get("substate"), Get("group"), Get("agent"), Get("hasAgent"), Get("service"), Get("category"),
            Get("priority"), Get("breached"), Get("unplaced"), Get("from"), Get("to"), Get("origin"), Get("location"),
            Get("exactCategory"), Get("measure"), Get("hasGroup"));
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

        // A whole number within its bounds, whatever was typed (a sign, digits beyond any int): otherwise beside its field.
        int? Whole(string field, string? value, int min, int max)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
                return n;
            fail(field, Rules.OutOfRange, [min, max]);
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
            Whole("page", Page, 1, Paging.MaxPage) ?? 1, Whole("pageSize", PageSize, 1, TicketFilter.MaxPageSize) ?? 50,
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
            Origin = Enum<Origin>("origin", Origin),
            Location = Blank(Location),
            ExactCategory = YesNo("exactCategory", ExactCategory) == true,
            Measure = Enum<TicketMeasure>("measure", Measure),
            HasGroup = YesNo("hasGroup", HasGroup),
        };
    }

    /// <summary>The prefix of a condition on a custom field in the query string: <c>field.placa-equipo=ABC</c>.</summary>
    public const string FieldPrefix = "field.";

    /// <summary>Guía §14.5: the conditions on custom fields, by the field's name; blank ones are no condition.</summary>
    public static IReadOnlyDictionary<string, string> FieldConditions(IQueryCollection query) =>
        query.Where(q => q.Key.StartsWith(FieldPrefix, StringComparison.Ordinal) && q.Key.Length > FieldPrefix.Length
                         && !string.IsNullOrWhiteSpace(q.Value.ToString()))
            .ToDictionary(q => q.Key[FieldPrefix.Length..], q => q.Value.ToString().Trim());

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
