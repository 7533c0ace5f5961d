using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Mesa.Core.Data;
using Mesa.Core.Tickets;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Reports;

/// <summary>
/// Guía §4 "generación de reportes y seguimiento de los ANS": over ten years of generated tickets (clock stops,
/// reopenings, automatic closures, holidays), every report's figures equal a direct computation over the tickets and
/// their histories, on both engines; and every figure leads to exactly the tickets it counts.
/// </summary>
public abstract class ReportFiguresTests(MesaApp app)
{
    private const string Period = "from=2016-01-01&to=2026-03-02";
    private static readonly TimeZoneInfo Bogota = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");

    [Fact]
    public async Task Sla_compliance_by_month_equals_the_tickets_own_breaches_and_milestones()
    {
        var tickets = await TicketsAsync();
        var report = await ReportAsync($"sla?{Period}&by=month");

        var rows = report["rows"]!.AsArray();
        Assert.Equal(123, rows.Count); // January 2016 to March 2026, the empty months included
        foreach (var month in tickets.GroupBy(t => Month(t.CreatedAt)))
        {
            var row = rows.Single(r => r.Str("key") == month.Key);
            var responseMet = month.Count(t => t.RespondedAt != null && t.ResponseDueAt != null && t.RespondedAt <= t.ResponseDueAt && !t.ResponseBreached);
            var resolutionMet = month.Count(t => t.ResolvedAt != null && t.ResolutionDueAt != null && t.ResolvedAt <= t.ResolutionDueAt && !t.ResolutionBreached);
            Assert.Equal((month.Count(), responseMet, month.Count(t => t.ResponseBreached), resolutionMet, month.Count(t => t.ResolutionBreached)),
                (Int(row, "tickets"), Int(row, "responseMet"), Int(row, "responseBreached"), Int(row, "resolutionMet"), Int(row, "resolutionBreached")));
        }

        var total = report["total"]!;
        var met = tickets.Count(t => t.ResolvedAt != null && t.ResolutionDueAt != null && t.ResolvedAt <= t.ResolutionDueAt && !t.ResolutionBreached);
        var breached = tickets.Count(t => t.ResolutionBreached);
        Assert.True(breached > 0 && met > 0);
        Assert.Equal((double)met / (met + breached), total["resolutionCompliance"]!.GetValue<double>(), 9);
        Assert.Equal(tickets.Count, Int(total, "tickets"));
    }

    [Fact]
    public async Task Times_are_the_median_and_90th_percentile_of_each_tickets_working_minutes()
    {
        var tickets = await TicketsAsync();
        var report = await ReportAsync($"times?{Period}&by=priority");

        foreach (var priority in tickets.GroupBy(t => t.Priority))
        {
            var row = report["rows"]!.AsArray().Single(r => r.Str("key") == Kebab(priority.Key.ToString()));
            var response = priority.Where(t => t.RespondedAt != null && t.ResponseWorkingMinutes != null).Select(t => (double)t.ResponseWorkingMinutes!.Value).ToList();
            var resolution = priority.Where(t => t.ResolvedAt != null && t.ResolutionWorkingMinutes != null).Select(t => (double)t.ResolutionWorkingMinutes!.Value).ToList();
            Assert.Equal(Percentile(response, 0.5), Number(row, "firstResponseMedianMinutes"), 6);
            Assert.Equal(Percentile(response, 0.9), Number(row, "firstResponseP90Minutes"), 6);
            Assert.Equal(Percentile(resolution, 0.5), Number(row, "resolutionMedianMinutes"), 6);
            Assert.Equal(Percentile(resolution, 0.9), Number(row, "resolutionP90Minutes"), 6);
            Assert.Equal(resolution.Average(), Number(row, "resolutionMeanMinutes"), 6);
        }

        // The clock stops are left out: tickets that waited for the user count only their working time with the desk;
        // and the clock skipped the Colombian holidays some of them waited across.
        Assert.Contains(tickets, t => t.StoppedWorkingMinutes > 0 && t.ResolutionWorkingMinutes != null);
        var holidays = Enumerable.Range(2016, 11).SelectMany(year => Mesa.Core.Sla.ColombianHolidays.Rules.Select(r => r.DateIn(year)))
            .OfType<DateOnly>().ToHashSet();
        Assert.Contains(tickets, t => t.ResolvedAt is { } resolved && t.ResolutionWorkingMinutes != null
            && holidays.Any(h => h > Day(t.CreatedAt) && h < Day(resolved)));
        var all = tickets.Where(t => t.ResolvedAt != null && t.ResolutionWorkingMinutes != null).Select(t => (double)t.ResolutionWorkingMinutes!.Value).ToList();
        Assert.Equal(Percentile(all, 0.5), Number(report["total"]!, "resolutionMedianMinutes"), 6);
    }

    [Fact]
    public async Task Satisfaction_counts_the_survey_answers_of_the_closed_tickets()
    {
        var tickets = await TicketsAsync();
        var total = (await ReportAsync($"satisfaction?{Period}"))["total"]!;

        var rated = tickets.Where(t => t.Rating != null).ToList();
        Assert.Equal((tickets.Count(t => t.State == TicketState.Closed), rated.Count), (Int(total, "closed"), Int(total, "rated")));
        Assert.Equal(rated.Average(t => t.Rating!.Value), Number(total, "average"), 9);
        for (var stars = 1; stars <= 5; stars++)
            Assert.Equal(rated.Count(t => t.Rating == stars), total["distribution"]![stars.ToString(CultureInfo.InvariantCulture)]!.GetValue<long>());
    }

    [Fact]
    public async Task Flow_reopenings_escalation_and_first_contact_by_group_follow_the_histories()
    {
        var tickets = await TicketsAsync();
        var secondLine = await SecondLineGroupsAsync();
        var flow = await ReportAsync($"flow?{Period}&by=group");
        var reopenings = await ReportAsync($"reopenings?{Period}&by=group");
        var escalation = await ReportAsync($"escalation?{Period}&by=group");
        var firstContact = await ReportAsync($"first-contact?{Period}");

        foreach (var group in tickets.Where(t => t.Group != null).GroupBy(t => t.Group!.Name))
        {
            var row = flow["rows"]!.AsArray().Single(r => r.Str("key") == group.Key);
            var reopened = group.Count(t => t.Events.Any(e => e.Kind is TicketEventKind.ConfirmedIncorrect or TicketEventKind.Revoked));
            Assert.Equal((group.Count(), group.Count(t => t.ResolvedAt != null), group.Count(t => t.State == TicketState.Closed), reopened),
                (Int(row, "registered"), Int(row, "resolved"), Int(row, "closed"), Int(row, "reopened")));
            var incorrect = group.Count(t => t.Events.Any(e => e.Kind == TicketEventKind.ConfirmedIncorrect));
            Assert.Equal(incorrect, Int(reopenings["rows"]!.AsArray().Single(r => r.Str("key") == group.Key), "answeredIncorrect"));
            var escalated = group.Count(t => t.Events.Any(e => e.Kind == TicketEventKind.Assigned
                && secondLine.Any(g => e.NewValue == g || (e.NewValue ?? "").StartsWith(g + " / ", StringComparison.Ordinal))));
            Assert.Equal(escalated, Int(escalation["rows"]!.AsArray().Single(r => r.Str("key") == group.Key), "escalated"));
        }

        Assert.Contains(tickets, t => t.Events.Any(e => e.Kind == TicketEventKind.ConfirmedIncorrect));
        Assert.Equal((tickets.Count(t => t.ClosureResult == ClosureResult.FirstLine), tickets.Count(t => t.State == TicketState.Closed)),
            (Int(firstContact["total"]!, "closedAtFirstLine"), Int(firstContact["total"]!, "closed")));
        Assert.Contains(tickets, t => t.ClosureResult == ClosureResult.Automatic);
    }

    [Fact]
    public async Task Workload_by_agent_and_the_top_categories_count_each_ones_tickets()
    {
        var tickets = await TicketsAsync();
        var agents = await AgentNamesAsync();
        var workload = await ReportAsync($"workload?{Period}");
        var top = await ReportAsync($"top?{Period}");

        foreach (var agent in tickets.Where(t => t.AgentId != null).GroupBy(t => agents[t.AgentId!.Value]))
        {
            var row = workload["rows"]!.AsArray().Single(r => r.Str("key") == agent.Key);
            var resolved = agent.Where(t => t.ResolvedAt != null && t.ResolutionWorkingMinutes != null).ToList();
            Assert.Equal((agent.Count(), agent.Count(t => t.ResolvedAt != null), agent.Count(t => TicketStates.IsOpen(t.State))),
                (Int(row, "tickets"), Int(row, "resolved"), Int(row, "inProgress")));
            Assert.Equal(agent.Sum(t => (long)t.MinutesSpent), Int(row, "minutesSpent"));
            if (resolved.Count > 0) Assert.Equal(resolved.Average(t => t.ResolutionWorkingMinutes!.Value), Number(row, "resolutionMeanMinutes"), 6);
        }

        var rows = top["rows"]!.AsArray();
        var biggest = tickets.Where(t => t.CategoryId != null).GroupBy(t => t.CategoryId).Max(g => g.Count());
        Assert.Equal(biggest, Int(rows[0], "tickets"));
        Assert.Equal((double)biggest / tickets.Count, Number(rows[0], "share"), 9);
        Assert.True(rows.Select(r => Int(r, "tickets")).SequenceEqual(rows.Select(r => Int(r, "tickets")).OrderDescending()));
    }

    [Fact]
    public async Task The_backlog_is_what_is_open_now_by_age_with_the_breached_and_unassigned()
    {
        var tickets = await TicketsAsync();
        var now = app.Clock.GetUtcNow();
        var report = await ReportAsync("backlog?by=group");

        var open = tickets.Where(t => TicketStates.IsOpen(t.State)).ToList();
        var total = report["total"]!;
        Assert.Equal((open.Count, open.Count(t => t.ResponseBreached || t.ResolutionBreached), open.Count(t => t.AgentId == null)),
            (Int(total, "open"), Int(total, "breached"), Int(total, "unassigned")));
        Assert.Equal(open.Count(t => now - t.CreatedAt > TimeSpan.FromDays(30)), Int(total, "ageOverThirtyDays"));
        Assert.Equal(open.Count(t => now - t.CreatedAt < TimeSpan.FromDays(1)), Int(total, "ageUnderOneDay"));
        Assert.Equal(open.Count, new[] { "ageUnderOneDay", "ageOneToThreeDays", "ageThreeToSevenDays", "ageSevenToThirtyDays", "ageOverThirtyDays" }
            .Sum(a => Int(total, a)));
    }

    [Fact]
    public async Task Every_figure_leads_to_exactly_the_tickets_it_counts()
    {
        var report = await ReportAsync($"sla?{Period}&by=group");
        var row = report["rows"]!.AsArray().OrderByDescending(r => Int(r!, "resolutionBreached")).First()!;
        var supervisor = await app.As("supervisor1");

        var all = await (await supervisor.GetAsync(row.Str("ticketsUrl") + "&pageSize=1")).ReadObjectAsync(HttpStatusCode.OK);
        var breached = await (await supervisor.GetAsync(row.Str("ticketsUrl") + "&measure=resolution-breached&pageSize=1"))
            .ReadObjectAsync(HttpStatusCode.OK);
        var met = await (await supervisor.GetAsync(row.Str("ticketsUrl") + "&measure=response-met&pageSize=1")).ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal((Int(row, "tickets"), Int(row, "resolutionBreached"), Int(row, "responseMet")),
            (Int(all, "total"), Int(breached, "total"), Int(met, "total")));
        // A month's row leads to its own days.
        var months = await ReportAsync($"flow?{Period}&by=month&group={Uri.EscapeDataString(row.Str("key"))}");
        var busiest = months["rows"]!.AsArray().OrderByDescending(r => Int(r!, "registered")).First()!;
        var listed = await (await supervisor.GetAsync(busiest.Str("ticketsUrl") + "&pageSize=1")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(Int(busiest, "registered"), Int(listed, "total"));
        Assert.Contains($"group={Uri.EscapeDataString(row.Str("key"))}", busiest.Str("ticketsUrl"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_dates_a_report_covers_twelve_months_and_the_backlog_every_open_ticket()
    {
        var tickets = await TicketsAsync();

        var flow = await ReportAsync("flow");
        var backlog = await ReportAsync("backlog?by=group");

        Assert.Equal(("2025-04-01", "2026-03-02", 12), (flow.Str("from"), flow.Str("to"), flow["rows"]!.AsArray().Count));
        Assert.Equal(tickets.Count(t => TicketStates.IsOpen(t.State)), Int(backlog["total"], "open"));
        // The row without a group leads to the open tickets without one.
        var none = backlog["rows"]!.AsArray().Single(r => r!["key"] is null)!;
        var listed = await (await (await app.As("supervisor1")).GetAsync(none.Str("ticketsUrl") + "&measure=open&pageSize=1"))
            .ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal(tickets.Count(t => TicketStates.IsOpen(t.State) && t.GroupId == null), Int(listed, "total"));
        Assert.Equal(Int(none, "open"), Int(listed, "total"));
    }

    private async Task<JsonObject> ReportAsync(string path) =>
        await (await (await app.As("supervisor1")).GetAsync("/api/v1/reports/" + path)).ReadObjectAsync(HttpStatusCode.OK);

    private async Task<List<Ticket>> TicketsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        var tickets = await db.Tickets.AsNoTracking().Include(t => t.Events).Include(t => t.Group).AsSplitQuery().ToListAsync();
        Assert.True(tickets.Count > GeneratedTickets.Count);
        return tickets;
    }

    private async Task<Dictionary<long, string>> AgentNamesAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        return await db.Users.ToDictionaryAsync(u => u.Id, u => u.UserName!);
    }

    private async Task<List<string>> SecondLineGroupsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        return await db.Groups.Where(g => g.Tier > 1).Select(g => g.Name).ToListAsync();
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Bogota).DateTime);

    private static string Month(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Bogota).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    private static long Int(JsonNode? row, string field) => row![field]!.GetValue<long>();

    private static double Number(JsonNode? row, string field) => row![field]!.GetValue<double>();

    /// <summary>The percentile as PostgreSQL's percentile_cont computes it, over the sorted values.</summary>
    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        var position = (sorted.Count - 1) * share;
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }
}

[Collection(GeneratedSqlite.Name)]
public sealed class ReportFiguresOnSqlite(GeneratedSqliteApp app) : ReportFiguresTests(app);

[Collection(GeneratedPostgres.Name)]
public sealed class ReportFiguresOnPostgres(GeneratedPostgresApp app) : ReportFiguresTests(app);
