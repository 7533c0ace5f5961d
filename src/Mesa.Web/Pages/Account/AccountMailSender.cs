using System.Threading.Channels;
using Mesa.Core.Mail;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// The account pages' e-mails (registration, password reset, sign-in link), sent in the background: the page answers
/// at once and the same whether or not an account exists, so neither its words nor its delay tell who has one, and the
/// mail goes out a moment later. A mail the server does not take is logged; the page had promised nothing more.
/// </summary>
public sealed class AccountMailSender(IServiceScopeFactory scopes, ILogger<AccountMailSender> log) : BackgroundService
{
    /// <summary>Past this many waiting, more are dropped (the rate limits keep a client far below).</summary>
    private const int Capacity = 1000;

    private readonly Channel<OutgoingMail> _mail = Channel.CreateBounded<OutgoingMail>(Capacity);
    private int _pending;

    /// <summary>How many e-mails wait to be sent.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public void Enqueue(OutgoingMail mail)
    {
        Interlocked.Increment(ref _pending);
        if (_mail.Writer.TryWrite(mail)) return;
        Interlocked.Decrement(ref _pending);
        log.LogWarning("Account mail {Subject} dropped: {Capacity} already wait", mail.Subject, Capacity);
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
