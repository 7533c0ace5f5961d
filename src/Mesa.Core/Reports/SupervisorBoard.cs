using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Core.Reports;

/// <summary>
/// The supervisors' live board (Guía §11 "monitoreo constante", §4 seguimiento de los ANS): what is open now by group,
/// breached, at risk, without an agent or without a place. One figure for every viewer, taken at most every
/// <see cref="Lifetime"/>: a wall of screens refreshing themselves costs the database one query per period, not one
/// per screen.
/// </summary>
public sealed class SupervisorBoard(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _taking = new(1, 1);
    private (ReportResult Figures, DateTimeOffset At)? _last;

    public async Task<ReportResult> GetAsync(Actor by, CancellationToken ct)
    {
        if (!by.ReadsReports) throw new ForbiddenException(Rules.ReportsForSupervisors);
        if (Fresh() is { } fresh) return fresh;
        await _taking.WaitAsync(ct);
        try
        {
            // Whoever waited finds the figures the first one just took.
            if (Fresh() is { } taken) return taken;
            using var scope = scopes.CreateScope();
            var reports = scope.ServiceProvider.GetRequiredService<TicketReports>();
            var figures = await reports.RunAsync(by, new ReportRequest(ReportName.Backlog, ReportBy.Group, null, null, new TicketFilter()), ct);
            _last = (figures, clock.GetUtcNow());
            return figures;
        }
        finally
        {
            _taking.Release();
        }
    }

    public void Dispose() => _taking.Dispose();

    private ReportResult? Fresh() =>
        _last is { } last && clock.GetUtcNow() - last.At < Lifetime ? last.Figures : null;
}
