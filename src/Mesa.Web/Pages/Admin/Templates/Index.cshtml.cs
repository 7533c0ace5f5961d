using Mesa.Core.Templates;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Admin.Templates;

/// <summary>Guía §5 Plantilla: every template, active or retired, with where it is offered.</summary>
public sealed class IndexModel(TicketTemplates templates) : ConsolePage
{
    public IReadOnlyList<TicketTemplates.TemplateSummary> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Templates = await templates.AllAsync(ct);
}
