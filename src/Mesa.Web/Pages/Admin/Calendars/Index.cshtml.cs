using Mesa.Core.Sla;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Admin.Calendars;

/// <summary>The business calendars, with their working week and holidays.</summary>
public sealed class IndexModel(SlaAdministration sla) : ConsolePage
{
    public IReadOnlyList<BusinessCalendar> Calendars { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Calendars = await sla.CalendarsAsync(ct);
}
