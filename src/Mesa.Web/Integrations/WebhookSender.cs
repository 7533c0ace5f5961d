using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Integrations;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Mesa.Web.Api.Changes;
using Mesa.Web.Api.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Integrations;

/// <summary>
/// The webhook-send job: posts the deliveries whose turn has come, oldest first, each as
/// <c>{event, occurredAt, ticket | change}</c> with the record as the API's GET shows it, signed with the webhook's
/// secret. A 2xx answer delivers it; any other answer, or none within <see cref="Timeout"/>, schedules another attempt.
/// </summary>
public sealed class WebhookSender(MesaDbContext db, IHttpClientFactory clients, TicketQueries tickets, ChangeService changes,
    Actors actors, StoredSecrets secrets, OrganisationTime time, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
    ILogger<WebhookSender> log)
{
    public const string ClientName = "webhooks";

    public const int BatchSize = 50;

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = time.UtcNow;
        var due = await db.WebhookDeliveries.Where(d => d.State == WebhookDeliveryState.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.OccurredAt).Take(BatchSize).ToListAsync(ct);
        if (due.Count == 0) return 0;
        var ids = due.Select(d => d.WebhookId).Distinct().ToList();
        var webhooks = await db.Webhooks.AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        // The integration reads the record as an administrator would: the whole of it, whoever it belongs to.
        var reader = await actors.SystemAsync(ct) with { Roles = new HashSet<string> { Roles.Admin } };
        var delivered = 0;
        foreach (var delivery in due)
        {
            var webhook = webhooks[delivery.WebhookId];
            var secret = secrets.Unprotect(webhook.Secret);
            if (!webhook.Active || secret is null)
            {
                delivery.Abandon(webhook.Active ? "The secret cannot be read: register the webhook again." : "The webhook was switched off.");
            }
            else
            {
                delivery.Compose(await BodyAsync(delivery, reader, ct));
                if (await PostAsync(webhook, secret, delivery, ct)) delivered++;
            }

            await db.SaveChangesAsync(ct);
        }

        return delivered;
    }

    /// <summary><c>sha256=</c> and the hex HMAC-SHA256 of the raw body with the secret, as the receiver recomputes it.</summary>
    public static string Signature(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    private async Task<bool> PostAsync(Webhook webhook, string secret, WebhookDelivery delivery, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(delivery.Body!, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Mesa-Event", delivery.Event);
        request.Headers.Add("X-Mesa-Delivery", delivery.Id.ToString());
        request.Headers.Add("X-Mesa-Signature", Signature(secret, delivery.Body!));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Mesa", "1"));
        var at = time.UtcNow;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead,
                timeout.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                delivery.Succeeded(status, at);
                return true;
            }

            delivery.Failed(status, $"HTTP {status} {response.ReasonPhrase}", at);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            delivery.Failed(null, error is TaskCanceledException ? $"No answer within {Timeout.TotalSeconds:0} s" : error.Message, at);
        }

        log.LogInformation("Webhook {Webhook} delivery {Delivery} ({Event}) failed, attempt {Attempt}: {Error}", webhook.Id,
            delivery.Id, delivery.Event, delivery.Attempts, delivery.LastError);
        return false;
    }

    /// <summary>The event and the record as the API's GET shows it at the first attempt, in the organisation's zone.</summary>
    private async Task<string> BodyAsync(WebhookDelivery delivery, Actor reader, CancellationToken ct)
    {
        var options = json.Value.SerializerOptions;
        var occurredAt = time.ToLocal(delivery.OccurredAt);
        if (delivery.ChangeId is { } changeId)
        {
            var change = ChangeJson.From(await changes.GetAsync(reader, changeId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct), time);
            return JsonSerializer.Serialize(new ChangePayload(delivery.Event, occurredAt, change), options);
        }

        var details = await tickets.GetAsync(reader, delivery.TicketId!.Value, ct);
        var ticket = TicketJson.From(details, reader, time) with { Actions = new HashSet<TicketCommand>() };
        return JsonSerializer.Serialize(new TicketPayload(delivery.Event, occurredAt, ticket), options);
    }
}

/// <summary>What a webhook receives about a ticket.</summary>
public sealed record TicketPayload(string Event, DateTimeOffset OccurredAt, TicketJson Ticket);

/// <summary>What a webhook receives about a change.</summary>
public sealed record ChangePayload(string Event, DateTimeOffset OccurredAt, ChangeJson Change);
