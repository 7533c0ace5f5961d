using Mesa.Core.Common;
using Mesa.Core.People.Security;
using Mesa.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Admin;

/// <summary>
/// The sign-in log for administrators: who signed in, failed, was locked out, signed out or had a session ended, and
/// every change to a second factor, filtered by person, kind and days, and exported as a spreadsheet.
/// </summary>
public sealed class SignInsModel(SignInLog log, SignInLogCsv csv, OrganisationTime time, Hosting.RuleText rules) : Common.ConsolePage
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public SignInEventKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Read from the query by hand: "page" is also the name of Razor Pages' own route value.</summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<SignInLog.Line> Lines { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + SignInLog.PageSize - 1) / SignInLog.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageNumber = int.TryParse(Request.Query["page"], out var page) && Paging.IsValid(page) ? page : 1;
        RefuseImplausible(nameof(From), From);
        RefuseImplausible(nameof(To), To);
        if (!ModelState.IsValid) return Page();
        (Lines, Total) = await log.PageAsync(Filter(), PageNumber, SignInLog.PageSize, ct);
        return Page();
    }

    /// <summary>Everything the filter matches, as a spreadsheet.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        RefuseImplausible(nameof(From), From);
        RefuseImplausible(nameof(To), To);
        if (!ModelState.IsValid) return await OnGetAsync(ct);
        Response.ContentType = SignInLogCsv.ContentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{SignInLogCsv.FileName(time.ToLocal(time.UtcNow))}\"";
        await csv.WriteAsync(Filter(), Response.Body, ct);
        return new EmptyResult();
    }

    /// <summary>A day the organisation's calendar can hold (a year from 1900 to 9000), else an error beside its field.</summary>
    private void RefuseImplausible(string field, DateOnly? day)
    {
        if (day is { Year: < OrganisationTime.FirstYear or > OrganisationTime.LastYear } && ModelState[field] is not { Errors.Count: > 0 })
            ModelState.AddModelError(field, rules.Message(Rules.InvalidDate, [day.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]));
    }

    private SignInLog.Filter Filter() => new(UserName, Kind, From is { } from ? time.DayStart(from) : null,
        To is { } to ? time.DayStart(to.AddDays(1)) : null);

    public string Link(int page, string? handler = null) => QueryString.Create(new Dictionary<string, string?>
    {
        ["handler"] = handler,
        ["user"] = UserName,
        ["kind"] = Kind?.ToString(),
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["page"] = handler is null && page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
