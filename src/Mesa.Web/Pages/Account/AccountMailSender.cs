using System.Threading.Channels;
using Mesa.Core.Mail;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// The account pages' e-mails (registration, password reset, sign-in link), sent in the background: the page answers
/// at once and the same whether or not an account exists, so neither its words nor its delay tell who has one, and the
/// mail goes out a moment later. A mail the server does not take is logged; the page had promised nothing more. One
/// address gets at most <c>Mesa__AccountMailsPerAddressPerHour</c> of them (5) whoever asks, so that Mesa cannot be
/// used to fill a stranger's mailbox from the entity's address.
/// </summary>
public sealed class AccountMailSender(IServiceScopeFactory scopes, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<Core.Common.MesaSettings> settings, ILogger<AccountMailSender> log)
    : BackgroundService
{
    private readonly Dictionary<string, List<DateTimeOffset>> _sentTo = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Past this many waiting, more are dropped (the rate limits keep a client far below).</summary>
    private const int Capacity = 1000;

    private readonly Channel<OutgoingMail> _mail = Channel.CreateBounded<OutgoingMail>(Capacity);
    private int _pending;

    /// <summary>How many e-mails wait to be sent.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public void Enqueue(OutgoingMail mail)
    {
        if (!WithinAddressLimit(mail.To[0].Address))
        {
            log.LogWarning("Account mail {Subject} not sent: its address had its hour's share", mail.Subject);
            return;
        }

        Interlocked.Increment(ref _pending);
        if (_mail.Writer.TryWrite(mail)) return;
        Interlocked.Decrement(ref _pending);
        log.LogWarning("Account mail {Subject} dropped: {Capacity} already wait", mail.Subject, Capacity);
    }

    private bool WithinAddressLimit(string address)
    {
        var now = clock.GetUtcNow();
        lock (_sentTo)
        {
            // Forget the addresses whose hour is over, so that the memory stays as small as the last hour's mail.
            var stale = _sentTo.Where(e => e.Value.TrueForAll(at => now - at >= TimeSpan.FromHours(1))).ToList();
            foreach (var (key, _) in stale) _sentTo.Remove(key);
            var sent = _sentTo.TryGetValue(address, out var list) ? list : _sentTo[address] = [];
            sent.RemoveAll(at => now - at >= TimeSpan.FromHours(1));
            if (sent.Count >= settings.Value.AccountMailsPerAddressPerHour) return false;
            sent.Add(now);
            return true;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in _mail.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMailTransport>().SendAsync(mail, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                log.LogWarning(error, "Account mail {Subject} not sent", mail.Subject);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }
}
