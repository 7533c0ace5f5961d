using System.Diagnostics.Metrics;
using Mesa.Core.Data;
using Mesa.Core.Mail;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry.Metrics;

namespace Mesa.Web.Hosting;

/// <summary>
/// What an operator watches, as OpenTelemetry metrics served to Prometheus at <c>/metrics</c> — the
/// requests (ASP.NET Core's own meters), the runtime (memory, GC, thread pool), the job runs and their items, and,
/// read from the database at each scrape, the outbox depth and the breached open tickets.
/// </summary>
public sealed class MesaMetrics
{
    public const string MeterName = "Mesa";

    private readonly Counter<long> _jobRuns;
    private readonly Counter<long> _jobItems;
    private readonly IServiceScopeFactory _scopes;

    public MesaMetrics(IMeterFactory meters, IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        var meter = meters.Create(MeterName);
        _jobRuns = meter.CreateCounter<long>("mesa.job.runs", "{run}", "Runs of each scheduled job, by outcome.");
        _jobItems = meter.CreateCounter<long>("mesa.job.items", "{item}", "Items each scheduled job processed.");
        meter.CreateObservableGauge("mesa.outbox.pending", OutboxDepth, "{mail}", "E-mails waiting in the outbox.");
        meter.CreateObservableGauge("mesa.sla.breached_open_tickets", Breached, "{ticket}",
            "Open tickets whose response or resolution target is breached, by target.");
    }

    public void JobFinished(string job, int processed)
    {
        _jobRuns.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("outcome", "done"));
        _jobItems.Add(processed, new KeyValuePair<string, object?>("job", job));
    }

    public void JobFailed(string job) =>
        _jobRuns.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("outcome", "failed"));

    // Observable instruments are read synchronously when Prometheus scrapes (every 15 s or so); each reading is one
    // count through an index (the outbox's pending rows, the open tickets' partial index).
    private List<Measurement<long>> OutboxDepth() =>
        Read(db => [new Measurement<long>(db.Notifications.Count(n => n.Status == NotificationStatus.Pending))]);

    private List<Measurement<long>> Breached() => Read(db =>
    {
        var open = db.Tickets.Where(TicketStates.IsOpenTicket);
        return
        [
            new Measurement<long>(open.Count(t => t.ResponseBreached), new KeyValuePair<string, object?>("target", "response")),
            new Measurement<long>(open.Count(t => t.ResolutionBreached), new KeyValuePair<string, object?>("target", "resolution")),
        ];
    });

    private List<Measurement<long>> Read(Func<MesaDbContext, IEnumerable<Measurement<long>>> read)
    {
        try
        {
            using var scope = _scopes.CreateScope();
            return read(scope.ServiceProvider.GetRequiredService<MesaDbContext>()).ToList();
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or System.Data.Common.DbException)
        {
            // A database that does not answer leaves the gauge out of this scrape; /health reports the outage.
            return [];
        }
    }
}

public static class MetricsSetup
{
    /// <summary>The meters Mesa exports: its own, ASP.NET Core's requests and connections, and the runtime's.</summary>
    public static IServiceCollection AddMesaMetrics(this IServiceCollection services)
    {
        services.AddSingleton<MesaMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(MesaMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel",
                "System.Runtime")
            .AddPrometheusExporter());
        return services;
    }
}
