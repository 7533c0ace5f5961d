using System.Globalization;
using Mesa.Core.Administration;
using Mesa.Core.Common;
using Mesa.Web.Administration;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Admin;

/// <summary>
/// The administration log: every change an administrator made to the configuration, who made it and when, each field
/// before → after; filtered by administrator, kind of record, name and days, and exported as a spreadsheet.
/// </summary>
public sealed class ChangesModel(AdminLog log, AdminLogCsv csv, OrganisationTime time, Hosting.RuleText rules) : Common.ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Record { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public OrganisationTime Time => time;

    /// <summary>Read from the query by hand: "page" is also the name of Razor Pages' own route value.</summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<AdminLog.Line> Lines { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + AdminLog.PageSize - 1) / AdminLog.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageNumber = int.TryParse(Request.Query["page"], out var page) && Paging.IsValid(page) ? page : 1;
        Check();
        if (!ModelState.IsValid) return Page();
        (Lines, Total) = await log.PageAsync(Filter(), PageNumber, AdminLog.PageSize, ct);
        return Page();
    }

    /// <summary>Everything the filter matches, as a spreadsheet.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Check();
        if (!ModelState.IsValid) return await OnGetAsync(ct);
        Response.ContentType = AdminLogCsv.ContentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{AdminLogCsv.FileName(time.ToLocal(time.UtcNow))}\"";
        await csv.WriteAsync(Filter(), Response.Body, ct);
        return new EmptyResult();
    }

    private void Check()
    {
        RefuseImplausible(nameof(From), From);
        RefuseImplausible(nameof(To), To);
        if (!string.IsNullOrWhiteSpace(Record) && !AuditedRecords.All.Contains(Record))
            ModelState.AddModelError(nameof(Record), rules.Message(Rules.InvalidValue, [Record]));
        if (By is { Length: > Core.People.User.UserNameMaxLength })
            ModelState.AddModelError(nameof(By), rules.Message(Rules.TooLong, [Core.People.User.UserNameMaxLength]));
        if (Name is { Length: > AdminChange.NameMaxLength })
            ModelState.AddModelError(nameof(Name), rules.Message(Rules.TooLong, [AdminChange.NameMaxLength]));
    }

    /// <summary>A day the organisation's calendar can hold (a year from 1900 to 9000), else an error beside its field.</summary>
    private void RefuseImplausible(string field, DateOnly? day)
    {
        if (day is { Year: < OrganisationTime.FirstYear or > OrganisationTime.LastYear } && ModelState[field] is not { Errors.Count: > 0 })
            ModelState.AddModelError(field, rules.Message(Rules.InvalidDate, [day.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
    }

    private AdminLog.Filter Filter() => new(By, Record, Name, From is { } from ? time.DayStart(from) : null,
        To is { } to ? time.DayStart(to.AddDays(1)) : null);

    public string Link(int page, string? handler = null) => QueryString.Create(new Dictionary<string, string?>
    {
        ["handler"] = handler,
        ["by"] = By,
        ["record"] = Record,
        ["name"] = Name,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["page"] = handler is null && page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
