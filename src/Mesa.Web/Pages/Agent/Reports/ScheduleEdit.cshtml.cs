using Mesa.Core.Common;
using Mesa.Core.Reports;
using Mesa.Core.Tickets;
using Mesa.Web.Hosting;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Reports;

/// <summary>
/// A scheduled report (Guía §4): which report with which filters, as which file, weekly or monthly, to which addresses
/// and group supervisors; its past sendings to download again; removing it.
/// </summary>
public sealed class ScheduleEditModel(ReportSchedules schedules, TicketChoices choices, ListFilterChoices filterChoices,
    IStringLocalizer<Ui> text, RuleText rules) : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public ScheduleForm Input { get; set; } = new();

    public ReportScheduleSummary? Existing { get; private set; }

    public IReadOnlyList<ReportDeliverySummary> Deliveries { get; private set; } = [];

    public ListFilterChoices.Snapshot Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? report, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = Existing is { } s ? ScheduleForm.From(s) : ScheduleForm.Of(report, Request.Query);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        var input = Input.ToInput((field, rule) => ModelState.AddModelError($"Input.{field}", rules.Message(rule)));
        if (ModelState.IsValid && await TryAsync(() => schedules.SaveAsync(actor, Id, input, Input.Group, ct)))
        {
            Flash(text["Schedules.Saved", Input.Name ?? ""]);
            return RedirectToPage("Schedules");
        }

        if (!await LoadAsync(ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        if (Id is { } id && await TryAsync(() => schedules.DeleteAsync(actor, id, ct)))
        {
            Flash(text["Schedules.Deleted"]);
            return RedirectToPage("Schedules");
        }

        if (!await LoadAsync(ct)) return NotFound();
        Input = Existing is { } s ? ScheduleForm.From(s) : Input;
        return Page();
    }

    /// <summary>A past sending's file, as it was sent.</summary>
    public async Task<IActionResult> OnGetFileAsync(long delivery, CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        try
        {
            var file = await schedules.DeliveryAsync(await ActorAsync(), id, delivery, ct);
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Choices = await filterChoices.GetAsync(choices, ct);
        if (Id is not { } id) return true;
        try
        {
            var actor = await ActorAsync();
            Existing = await schedules.GetAsync(actor, id, ct);
            Deliveries = await schedules.DeliveriesAsync(actor, id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
