using System.Threading.Channels;
using Mesa.Core.Mail;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// The account pages' work and e-mails (registration, password reset, sign-in link), done in the background: the page
/// answers at once and the same whether or not an account exists, so neither its words nor its delay tell who has one
/// (docs/security.md measures it), and the work and its mail follow a moment later. A failure is logged; the page had
/// promised nothing more. One address gets at most <c>Mesa__AccountMailsPerAddressPerHour</c> of these mails (5)
/// whoever asks, so that Mesa cannot be used to fill a stranger's mailbox from the entity's address.
/// </summary>
public sealed class AccountMailSender(IServiceScopeFactory scopes, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<Core.Common.MesaSettings> settings, ILogger<AccountMailSender> log)
    : BackgroundService
{
    private readonly Dictionary<string, List<DateTimeOffset>> _sentTo = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Past this many waiting, more are dropped (the rate limits keep a client far below).</summary>
    private const int Capacity = 1000;

    private readonly Channel<Func<IServiceProvider, CancellationToken, Task<OutgoingMail?>>> _work =
        Channel.CreateBounded<Func<IServiceProvider, CancellationToken, Task<OutgoingMail?>>>(Capacity);

    private int _pending;

    /// <summary>How many pieces of work (and their e-mails) wait.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public void Enqueue(Func<IServiceProvider, CancellationToken, Task<OutgoingMail?>> work)
    {
        Interlocked.Increment(ref _pending);
        if (_work.Writer.TryWrite(work)) return;
        Interlocked.Decrement(ref _pending);
        log.LogWarning("Account work dropped: {Capacity} already wait", Capacity);
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
        await foreach (var work in _work.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var mail = await work(scope.ServiceProvider, stoppingToken);
                if (mail is null) continue;
                if (!WithinAddressLimit(mail.To[0].Address))
                {
                    log.LogWarning("Account mail {Subject} not sent: its address had its hour's share", mail.Subject);
                    continue;
                }

                await scope.ServiceProvider.GetRequiredService<IMailTransport>().SendAsync(mail, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                log.LogWarning(error, "Account work or mail failed");
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }
}
