using System.Globalization;
using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Reports;
using Mesa.Web.Hosting;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Reports;

/// <summary>
/// The <c>report-schedules</c> job (Guía §4): each scheduled report whose time has come is computed for the week or
/// month before, as its owner would read it, made into its file in the organisation's language, and queued to its
/// recipients through the outbox. One that cannot be made (its owner no longer reads reports) keeps the reason and
/// waits for its next time.
/// </summary>
public sealed class ScheduledReports(ReportSchedules schedules, TicketReports reports, ReportFiles files, ReportWords words,
    Actors actors, IStringLocalizer<Ui> ui, RuleText rules)
{
    /// <summary>The language of scheduled mail: the organisation's, whoever's browser set what.</summary>
    public static readonly CultureInfo Language = new("es-CO");

    /// <summary>How many reports were queued.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Language;
        try
        {
            var sent = 0;
            foreach (var schedule in await schedules.DueAsync(ct))
            {
                if (await SendAsync(schedule, ct)) sent++;
            }

            return sent;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private async Task<bool> SendAsync(ReportSchedule schedule, CancellationToken ct)
    {
        try
        {
            var (from, to) = schedule.PeriodBefore(schedule.NextRunAt, Zone);
            var owner = await actors.ForUserAsync(schedule.OwnerId, ct, activeOnly: true);
            var result = await reports.RunAsync(owner, new ReportRequest(schedule.Report, schedule.By, from, to, schedule.Scope.ToFilter()), ct);
            var file = files.Make(result, schedule.Format);
            var title = words.Title(schedule.Report);
            var body = string.Join('\n', [ui["ReportSchedule.MailIntro", title, words.Period(result)],
                .. words.Filters(result).Skip(1).Select(f => $"{f.Label}: {f.Value}")]);
            await schedules.DeliverAsync(schedule, from, to, file.FileName, file.ContentType, file.Content,
                ui["ReportSchedule.MailSubject", schedule.Name, words.Period(result)], body, ct);
            return true;
        }
        catch (Exception error) when (rules.For(error) is { } reason)
        {
            await schedules.FailAsync(schedule, reason, ct);
            return false;
        }
    }

    private TimeZoneInfo Zone => words.Zone;
}
