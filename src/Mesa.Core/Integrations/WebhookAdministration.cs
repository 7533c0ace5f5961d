using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Integrations;

/// <summary>The administrators register the integrations' webhooks, switch them off, and read what was delivered.</summary>
public sealed class WebhookAdministration(MesaDbContext db, StoredSecrets secrets, WebhookSubscriptions subscriptions,
    TimeProvider clock)
{
    /// <summary>The deliveries a log shows, newest first.</summary>
    public const int LogSize = 200;

    public sealed record WebhookView(long Id, string Url, IReadOnlyList<string> Events, bool Active, DateTimeOffset CreatedAt,
        string CreatedBy, int Pending, int Abandoned, DateTimeOffset? LastDeliveredAt);

    public sealed record DeliveryView(Guid Id, string Event, long? TicketId, string? Ticket, long? ChangeId, string? Change,
        DateTimeOffset OccurredAt, WebhookDeliveryState State, int Attempts, int? LastStatus, string? LastError,
        DateTimeOffset? LastAttemptAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt);

    public async Task<IReadOnlyList<WebhookView>> ListAsync(Actor by, CancellationToken ct)
    {
        RequireAdmin(by);
        var rows = await (from w in db.Webhooks.AsNoTracking()
                          orderby w.Id
                          select new
                          {
                              w.Id,
                              w.Url,
                              w.Events,
                              w.Active,
                              w.CreatedAt,
                              CreatedBy = db.Users.Where(u => u.Id == w.CreatedById).Select(u => u.UserName).FirstOrDefault(),
                              Pending = db.WebhookDeliveries.Count(d => d.WebhookId == w.Id && d.State == WebhookDeliveryState.Pending),
                              Abandoned = db.WebhookDeliveries.Count(d => d.WebhookId == w.Id && d.State == WebhookDeliveryState.Abandoned),
                              LastDeliveredAt = db.WebhookDeliveries.Where(d => d.WebhookId == w.Id && d.DeliveredAt != null)
                                  .OrderByDescending(d => d.DeliveredAt).Select(d => d.DeliveredAt).FirstOrDefault(),
                          }).ToListAsync(ct);
        return rows.Select(r => new WebhookView(r.Id, r.Url, r.Events.Split(',', StringSplitOptions.RemoveEmptyEntries),
            r.Active, r.CreatedAt, r.CreatedBy ?? "", r.Pending, r.Abandoned, r.LastDeliveredAt)).ToList();
    }

    public async Task<WebhookView> GetAsync(Actor by, long id, CancellationToken ct) =>
        (await ListAsync(by, ct)).SingleOrDefault(w => w.Id == id) ?? throw new NotFoundException(Rules.WebhookNotFound, id);

    /// <summary>Registers an address for the events named; the secret is kept encrypted, never shown again.</summary>
    public async Task<WebhookView> CreateAsync(Actor by, string? url, IReadOnlyCollection<string?>? events, string? secret,
        CancellationToken ct)
    {
        RequireAdmin(by);
        // In the form's order, so that the first mistake is the one shown first.
        Webhook.CheckUrl(url);
        Webhook.CheckEvents(events);
        Webhook.CheckSecret(secret);
        var webhook = db.Webhooks.Add(new Webhook(url, events, secret, secrets.Protect(secret!), by.Id, clock.GetUtcNow())).Entity;
        await db.SaveChangesAsync(ct);
        subscriptions.Invalidate();
        return await GetAsync(by, webhook.Id, ct);
    }

    /// <summary>No more events go to it; what was queued for it is abandoned at its turn. Its log stays.</summary>
    public async Task DeactivateAsync(Actor by, long id, CancellationToken ct)
    {
        RequireAdmin(by);
        var webhook = await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException(Rules.WebhookNotFound, id);
        webhook.Deactivate();
        await db.SaveChangesAsync(ct);
        subscriptions.Invalidate();
    }

    /// <summary>The webhook's latest deliveries, newest first, with each one's attempts and the receiver's last answer.</summary>
    public async Task<IReadOnlyList<DeliveryView>> DeliveriesAsync(Actor by, long id, CancellationToken ct)
    {
        await GetAsync(by, id, ct);
        var rows = await db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == id)
            .OrderByDescending(d => d.OccurredAt).ThenByDescending(d => d.Id).Take(LogSize)
            .Select(d => new DeliveryView(d.Id, d.Event, d.TicketId, d.Ticket == null ? null : d.Ticket.Code, d.ChangeId,
                d.Change == null ? null : d.Change.Code, d.OccurredAt, d.State, d.Attempts, d.LastStatus, d.LastError,
                d.LastAttemptAt, d.State == WebhookDeliveryState.Pending ? d.NextAttemptAt : null, d.DeliveredAt))
            .ToListAsync(ct);
        // The engines order instants alike, but not Guids: the page itself is put in order here.
        return rows.OrderByDescending(d => d.OccurredAt).ToList();
    }

    private static void RequireAdmin(Actor by)
    {
        if (!by.IsAdmin) throw new ForbiddenException(Rules.AdminOnly);
    }
}
