using Mesa.Core.Tickets;

namespace Mesa.Web.Pages.Agent.Changes;

/// <summary>What the change form offers: the catalogue, the groups with their agents, everyone who works tickets.</summary>
public sealed record ChangeChoices(IReadOnlyList<ServiceChoice> Catalog, IReadOnlyList<GroupChoice> Groups,
    IReadOnlyList<PersonChoice> Staff)
{
    public static readonly ChangeChoices None = new([], [], []);

    public static async Task<ChangeChoices> LoadAsync(TicketChoices choices, CancellationToken ct) =>
        new(await choices.CatalogAsync(ct), await choices.GroupsAsync(ct), await choices.StaffAsync(ct));
}
