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
}
