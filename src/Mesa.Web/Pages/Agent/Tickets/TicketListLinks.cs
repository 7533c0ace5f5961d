using System.Globalization;
using Mesa.Core.Tickets;
using Mesa.Web.Api;

namespace Mesa.Web.Pages.Agent.Tickets;

/// <summary>The addresses of the "En curso" list for a view and a state: what every counter of the panel links to.</summary>
public static class TicketListLinks
{
    public const string Path = "/agent/tickets";

    public static string Slug(TicketListView view) => ApiEnums.Name(view);

    public static string For(TicketListView view, TicketState? state = null, bool? withAgent = null, bool breached = false)
    {
        var query = new List<string> { $"view={Slug(view)}" };
        if (state is { } s) query.Add($"state={ApiEnums.Name(s)}");
        if (withAgent is { } agent) query.Add($"hasAgent={(agent ? "true" : "false")}");
        if (breached) query.Add("breached=true");
        return Path + "?" + string.Join('&', query);
    }

    /// <summary>
    /// The list holding exactly a filter's tickets, in the list's own query words: where a report's figure leads
    /// (Guía §4), with the same period, filters and measure.
    /// </summary>
    public static string Of(TicketFilter filter, TimeZoneInfo zone)
    {
        var query = new List<(string Name, string Value)>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) query.Add((name, value));
        }

        string Day(DateTimeOffset instant, int plusDays = 0) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime)
            .AddDays(plusDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Add("view", filter.View is { } view ? Slug(view) : null);
        Add("state", filter.State is { } state ? ApiEnums.Name(state) : null);
        Add("type", filter.Type is { } type ? ApiEnums.Name(type) : null);
        Add("substate", filter.Substate);
        Add("group", filter.Group);
        Add("agent", filter.Agent);
        Add("hasAgent", filter.HasAgent is { } hasAgent ? (hasAgent ? "true" : "false") : null);
        Add("hasGroup", filter.HasGroup is { } hasGroup ? (hasGroup ? "true" : "false") : null);
        Add("service", filter.Service);
        Add("category", filter.Category);
        Add("exactCategory", filter.ExactCategory ? "true" : null);
        Add("priority", filter.Priority is { } priority ? ApiEnums.Name(priority) : null);
        Add("origin", filter.Origin is { } origin ? ApiEnums.Name(origin) : null);
        Add("location", filter.Location);
        Add("breached", filter.Breached is { } breached ? (breached ? "true" : "false") : null);
        Add("from", filter.CreatedFrom is { } from ? Day(from) : null);
        Add("to", filter.CreatedBefore is { } before ? Day(before, -1) : null);
        Add("measure", filter.Measure is { } measure ? ApiEnums.Name(measure) : null);
        return Path + "?" + string.Join('&', query.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
    }
}
