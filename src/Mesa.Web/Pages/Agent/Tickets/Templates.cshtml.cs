using Mesa.Core.Templates;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Agent.Tickets;

/// <summary>Guía §11 "Nuevo registro desde plantilla": the agent picks the template the new ticket starts from.</summary>
public sealed class TemplatesModel(TicketTemplates templates) : ConsolePage
{
    public IReadOnlyList<TicketTemplates.TemplateSummary> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Templates = await templates.AvailableAsync(await ActorAsync(), ct);
}
