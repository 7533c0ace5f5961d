using Mesa.Core.Data;
using Mesa.Core.Mail;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Prometheus;

namespace Mesa.Web.Hosting;

/// <summary>
/// Issue 8 point 6: what an operator watches, for Prometheus at <c>/metrics</c> — requests (by the middleware), job
/// runs and their results, and, read from the database at each scrape, the outbox depth and the breached open tickets.
/// </summary>
public static class MesaMetrics
{
    public static readonly Counter JobRuns = Metrics.CreateCounter("mesa_job_runs_total", "Runs of each scheduled job.",
        new CounterConfiguration { LabelNames = ["job", "outcome"] });

    public static readonly Counter JobItems = Metrics.CreateCounter("mesa_job_items_total",
        "Items each scheduled job processed.", new CounterConfiguration { LabelNames = ["job"] });

    private static readonly Gauge OutboxDepth = Metrics.CreateGauge("mesa_outbox_pending", "E-mails waiting in the outbox.");

    private static readonly Gauge Breached = Metrics.CreateGauge("mesa_sla_breached_open_tickets",
        "Open tickets whose response or resolution target is breached.");

    /// <summary>Reads the database gauges just before each scrape.</summary>
    public static void UseDatabaseGauges(IServiceProvider services) =>
        Metrics.DefaultRegistry.AddBeforeCollectCallback(async ct =>
        {
            try
            {
                using var scope = services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
                OutboxDepth.Set(await db.Notifications.CountAsync(n => n.Status == NotificationStatus.Pending, ct));
                Breached.Set(await db.Tickets.Where(TicketStates.IsOpenTicket)
                    .CountAsync(t => t.ResolutionBreached || t.ResponseBreached, ct));
            }
            catch (ObjectDisposedException)
            {
                // The registry is process-wide; a host that has stopped (in tests, several run in one process)
                // leaves its callback behind, which then has nothing to read.
            }
        });
}
