using Mesa.Core.Tickets.Import;

namespace Mesa.Web.Administration;

/// <summary>
/// The imports of the old desk's tickets this instance runs: one at a time, in the background, so that the page and
/// the API answer at once and show the progress of an import of a hundred thousand tickets while it goes. The last
/// few are kept, with their reports, until the instance stops.
/// </summary>
public sealed class TicketImportRuns(IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime,
    ILogger<TicketImportRuns> log)
{
    private const int Kept = 10;

    private readonly Lock _gate = new();
    private readonly List<Run> _runs = [];

    /// <summary>One import: its progress while it runs, then its report (or the fact that it failed).</summary>
    public sealed class Run(Guid id, bool dryRun, long by, DateTimeOffset startedAt)
    {
        public Guid Id { get; } = id;

        public bool DryRun { get; } = dryRun;

        public long By { get; } = by;

        public DateTimeOffset StartedAt { get; } = startedAt;

        public TicketImportProgress Progress { get; internal set; } = new(0, 0, 0);

        public TicketImportReport? Report { get; internal set; }

        public bool Failed { get; internal set; }

        public bool Running => Report is null && !Failed;
    }

    public bool Busy
    {
        get
        {
            lock (_gate) return _runs.Any(r => r.Running);
        }
    }

    public Run? Find(Guid id)
    {
        lock (_gate) return _runs.FirstOrDefault(r => r.Id == id);
    }

    /// <summary>Starts an import and answers at once; null when one is already running here.</summary>
    public Run? Start(byte[] tickets, byte[]? actions, bool dryRun, long by)
    {
        Run run;
        lock (_gate)
        {
            if (_runs.Any(r => r.Running)) return null;
            run = new Run(Guid.NewGuid(), dryRun, by, clock.GetUtcNow());
            _runs.Insert(0, run);
            if (_runs.Count > Kept) _runs.RemoveAt(_runs.Count - 1);
        }

        // The import outlives the request that started it and must not carry its context.
        using (ExecutionContext.SuppressFlow())
            _ = Task.Run(() => ExecuteAsync(run, tickets, actions), CancellationToken.None);
        return run;
    }

    private async Task ExecuteAsync(Run run, byte[] tickets, byte[]? actions)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var import = scope.ServiceProvider.GetRequiredService<ProactivaNetImport>();
            run.Report = await import.RunAsync(tickets, actions, run.DryRun, run.By, p => run.Progress = p, lifetime.ApplicationStopping);
            log.LogInformation("Import of {Tickets} tickets from ProactivaNET (dry run {DryRun}): applied {Applied}, {Errors} bad rows",
                run.Report.Tickets, run.DryRun, run.Report.Applied, run.Report.Errors.Count);
        }
        catch (Exception error)
        {
            run.Failed = true;
            log.LogError(error, "Import of tickets from ProactivaNET failed");
        }
    }
}
