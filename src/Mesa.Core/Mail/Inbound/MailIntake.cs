using System.Globalization;
using Mesa.Core.Attachments;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Mail.Inbound;

/// <summary>
/// Decides what a message read from a service mailbox becomes (Guía §6 "Correo electrónico", §15.1), and commits
/// that together with the record of the message, so that it is taken exactly once:
/// <list type="number">
/// <item>a Message-ID seen before (another mailbox, a CC'd copy, a read after a crash) is left alone;</item>
/// <item>an auto-reply, a bounce or Mesa's own mail is recorded and nothing else: no ticket, no answer, no loop;</item>
/// <item>a reply threads to its ticket by In-Reply-To/References against every Message-ID Mesa sent or took, then by
/// the whole ticket code in the subject or the text, never by a bare subject;</item>
/// <item>from the requester or an informed user of an open ticket it is their reply (without the quoted history), and
/// answers a pending question; from the ticket's agent or group it is an internal note; both only when the sender is
/// verified (<see cref="IsVerifiedAsync"/>), otherwise the mail is held on the ticket for an agent to judge;</item>
/// <item>anything else is a new ticket for the sender (origin Correo), with the mailbox's service and type; a mail
/// that names a ticket its sender does not take part in never lands in it; people in copy become informed users only
/// when a verified sender copied them.</item>
/// </list>
/// </summary>
public sealed class MailIntake(MesaDbContext db, TicketService tickets, Actors actors, UserManager<User> users,
    TicketAttachments attachments, Mailboxes mailboxes, OrganisationTime time, IOptions<MesaSettings> settings,
    ILogger<MailIntake> log)
{
    private readonly MesaSettings _settings = settings.Value;
    private readonly MailText _text = new(CultureInfo.GetCultureInfo(settings.Value.MailCulture));

    // One run of mail-fetch takes many messages from the same few people: who they are, and their roles and groups,
    // are read once a run.
    private readonly Dictionary<long, Actor> _actors = [];
    private readonly Dictionary<string, User> _senders = [];
    private HashSet<string>? _mailboxAddresses;

    /// <summary>What the message became, or null when it had been taken before.</summary>
    public async Task<ReceivedMailOutcome?> TakeAsync(MailboxSettings mailbox, InboundMail mail, CancellationToken ct)
    {
        if (await db.ReceivedMails.AnyAsync(m => m.MessageId == mail.MessageId, ct)) return null;
        _mailboxAddresses ??= await mailboxes.AddressesAsync(ct);
        var record = new ReceivedMail(mail, mailbox.Address, time.UtcNow);

        var automatic = mail.Automatic != AutomaticMail.No
            || IsMailbox(mail.From.Address)
            || (mail.MessageId.EndsWith(Notification.MessageIdSuffix, StringComparison.OrdinalIgnoreCase)
                && await db.Notifications.AnyAsync(n => n.MessageId == mail.MessageId, ct));
        if (automatic) return await KeepAsync(record, ReceivedMailOutcome.Automatic, null, ct);

        var sender = await FindUserAsync(mail.From.Address, ct);
        if (sender is null && !string.Equals(_settings.UnknownSenders, "create", StringComparison.OrdinalIgnoreCase))
            return await KeepAsync(record, ReceivedMailOutcome.UnknownSender, null, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A stranger's copies are only addresses a stranger typed: they make nobody an informed user (nor an account).
        var stranger = sender is null;
        sender ??= await CreateRequesterAsync(mail.From, ct);
        var actor = await ActorAsync(sender.Id, ct);
        var (files, skipped) = await StoreAttachmentsAsync(mail, actor, ct);

        var threaded = await ThreadedTicketAsync(mail, ct);
        var verified = !stranger && await IsVerifiedAsync(mail, actor, ct);
        var (outcome, ticketId) = threaded is { } t && t.IsOpen && (t.IsParticipant(sender.Id) || t.Standing.IsWorkedBy(actor))
            ? verified
                ? (ReceivedMailOutcome.Commented, await CommentAsync(t, actor, mail, files, skipped, ct))
                : (ReceivedMailOutcome.Held, await HoldAsync(t, actor, mail, files, skipped, ct))
            : (ReceivedMailOutcome.TicketCreated, await RegisterAsync(mailbox, actor, mail, threaded, files, skipped,
                copiesInform: verified, ct));

        record.Became(outcome, ticketId);
        db.ReceivedMails.Add(record);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return outcome;
    }

    private async Task<Actor> ActorAsync(long userId, CancellationToken ct)
    {
        if (!_actors.TryGetValue(userId, out var actor)) _actors[userId] = actor = await actors.ForUserAsync(userId, ct);
        return actor;
    }

    private async Task<ReceivedMailOutcome> KeepAsync(ReceivedMail record, ReceivedMailOutcome outcome, long? ticketId,
        CancellationToken ct)
    {
        record.Became(outcome, ticketId);
        db.ReceivedMails.Add(record);
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>
    /// Whether the From line can be believed: the mailbox's receiving server says DMARC passed for its domain, or the
    /// message answers a mail Mesa sent to this very person (or to a group of theirs). Mesa's Message-IDs are random
    /// and travel only in its mail, so only someone who received that mail can answer it.
    /// </summary>
    private async Task<bool> IsVerifiedAsync(InboundMail mail, Actor sender, CancellationToken ct)
    {
        if (mail.FromVerified) return true;
        var answers = mail.Answers.Where(a => a.EndsWith(Notification.MessageIdSuffix, StringComparison.OrdinalIgnoreCase)
            && a.Length <= InboundMail.MessageIdMaxLength).Distinct().ToList();
        if (answers.Count == 0) return false;
        var sent = await db.Notifications.Where(n => answers.Contains(n.MessageId))
            .Select(n => new { n.RecipientUserId, n.RecipientGroupId, n.ToSupervisors }).ToListAsync(ct);
        return sent.Any(n => n.RecipientUserId == sender.Id
            || (n.RecipientGroupId is { } group && (n.ToSupervisors ? sender.SupervisesGroup(group) : sender.BelongsTo(group))));
    }

    /// <summary>A reply or note whose sender is not verified waits on the ticket, as its sender's, for an agent.</summary>
    private async Task<long> HoldAsync(Ticket ticket, Actor sender, InboundMail mail, IReadOnlyList<NewAttachment> files,
        IReadOnlyList<string> skipped, CancellationToken ct)
    {
        await tickets.HoldMailAsync(sender, ticket.Id, CommentText(mail, skipped, files.Count), files, ct);
        return ticket.Id;
    }

    /// <summary>The reply of a participant, or the note of the ticket's agent or group, with its files.</summary>
    private async Task<long> CommentAsync(Ticket ticket, Actor sender, InboundMail mail, IReadOnlyList<NewAttachment> files,
        IReadOnlyList<string> skipped, CancellationToken ct)
    {
        var text = CommentText(mail, skipped, files.Count);
        if (ticket.IsParticipant(sender.Id)) await tickets.ReplyAsync(sender, ticket.Id, text, null, ct, files);
        else await tickets.AddActionAsync(sender, ticket.Id, TicketActionKind.Note, text, false, null, ct, files,
            byMail: true);
        return ticket.Id;
    }

    private async Task<long> RegisterAsync(MailboxSettings mailbox, Actor sender, InboundMail mail, Ticket? threaded,
        IReadOnlyList<NewAttachment> files, IReadOnlyList<string> skipped, bool copiesInform, CancellationToken ct)
    {
        var text = ReplyText.Normalize(mail.Text);
        // A participant writing to a finished ticket starts a new one that says which (Guía §10: closed is final).
        if (threaded is not null && threaded.IsParticipant(sender.Id))
            text = _text["Intake.AfterFinished", threaded.Code] + "\n\n" + text;
        text = Fit(Compose(text, skipped, files.Count), Ticket.DescriptionMaxLength);

        var title = ReplyText.CleanSubject(mail.Subject);
        if (title.Length == 0) title = _text["Intake.NoSubject"];
        title = Fit(title, Ticket.TitleMaxLength);

        // An address that wrote too often lately gets no acknowledgement, and its copies inform nobody: Mesa's mail
        // carries the sender's words, and that is how far one address may make Mesa write to others.
        var acknowledge = await MayAcknowledgeAsync(mail.From.Address, ct);
        var informed = copiesInform && acknowledge ? await CopiedUsersAsync(mail, sender.Id, ct) : [];
        var input = new NewTicket(mailbox.TicketType, title, text,
            Service: string.IsNullOrWhiteSpace(mailbox.Service) ? null : mailbox.Service,
            InformedUsers: informed, Attachments: files);
        var ticket = await tickets.RegisterFromMailAsync(sender, input, acknowledge, ct);
        return ticket.Id;
    }

    /// <summary>
    /// What a reply or note says: the new words without the quoted history, limited like a registration's description
    /// (a reply longer than an action is cut, not refused).
    /// </summary>
    private string CommentText(InboundMail mail, IReadOnlyList<string> skipped, int kept) =>
        Fit(Compose(ReplyText.TrimQuoted(mail.Text), skipped, kept), Ticket.TextMaxLength);

    /// <summary>A text within <paramref name="max"/> characters, cut with an ellipsis when it was longer.</summary>
    private static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>What the person wrote, with a line for each file that could not be kept; never empty.</summary>
    private string Compose(string text, IReadOnlyList<string> skipped, int kept)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(text)) parts.Add(text.Trim());
        else parts.Add(_text[kept > 0 || skipped.Count > 0 ? "Intake.OnlyAttachments" : "Intake.NoText"]);
        parts.AddRange(skipped);
        return string.Join("\n\n", parts);
    }

    /// <summary>
    /// Threads by the Message-IDs the message answers (In-Reply-To first, then References from the
    /// newest), against what Mesa sent and what it took; then by the full code in the subject, then in the text.
    /// </summary>
    private async Task<Ticket?> ThreadedTicketAsync(InboundMail mail, CancellationToken ct)
    {
        var answers = mail.Answers.Where(a => a.Length is > 0 and <= InboundMail.MessageIdMaxLength).Distinct().ToList();
        long? ticketId = null;
        if (answers.Count > 0)
        {
            var sent = await db.Notifications.Where(n => answers.Contains(n.MessageId))
                .Select(n => new { n.MessageId, TicketId = (long?)n.TicketId }).ToListAsync(ct);
            var taken = await db.ReceivedMails.Where(m => answers.Contains(m.MessageId) && m.TicketId != null)
                .Select(m => new { m.MessageId, m.TicketId }).ToListAsync(ct);
            var known = sent.Concat(taken).ToDictionary(x => x.MessageId, x => x.TicketId);
            ticketId = answers.Select(a => known.GetValueOrDefault(a)).FirstOrDefault(id => id is not null);
        }

        if (ticketId is null)
        {
            var code = ReplyText.FindCode(_settings.TicketPrefix, mail.Subject)
                ?? ReplyText.FindCode(_settings.TicketPrefix, mail.Text);
            if (code is not null) ticketId = await db.Tickets.Where(t => t.Code == code).Select(t => (long?)t.Id).SingleOrDefaultAsync(ct);
        }

        return ticketId is { } id
            ? await db.Tickets.Include(t => t.InformedUsers).SingleAsync(t => t.Id == id, ct)
            : null;
    }

    private async Task<(IReadOnlyList<NewAttachment> Files, IReadOnlyList<string> Skipped)> StoreAttachmentsAsync(
        InboundMail mail, Actor sender, CancellationToken ct)
    {
        var files = new List<NewAttachment>();
        var skipped = new List<string>();
        foreach (var attachment in mail.Attachments)
        {
            var name = AttachmentLimits.CleanName(attachment.FileName);
            var refusal = AttachmentLimits.Refusal(name, attachment.Size, _settings);
            if (refusal is null && attachment.Content is not null)
            {
                try
                {
                    await attachments.CheckQuotaAsync(sender, "file", attachment.Size + files.Sum(f => f.File.Size), ct);
                }
                catch (InputException quota)
                {
                    refusal = (quota.Rule, quota.Arguments.ToArray());
                }
            }

            if (refusal is { } || attachment.Content is null)
            {
                var (rule, arguments) = refusal ?? (Rules.AttachmentTooLarge, []);
                skipped.Add(_text["Intake.Skipped", name, _text[$"Intake.{rule}", arguments]]);
                continue;
            }

            using var content = new MemoryStream(attachment.Content, writable: false);
            files.Add(await attachments.StoreAsync(new NewAttachmentCheck(name), attachment.ContentType, content, ct));
        }

        return (files, skipped);
    }

    /// <summary>
    /// The people in To and Cc who have an account, other than the sender and Mesa's mailboxes: informed users, at most
    /// <see cref="MaxCopiesInformed"/> (a real message copies a few colleagues, not a directory).
    /// </summary>
    private async Task<IReadOnlyList<InformedUserInput>> CopiedUsersAsync(InboundMail mail, long senderId, CancellationToken ct)
    {
        var addresses = mail.Recipients.Where(a => !IsMailbox(a)).Select(a => a.ToUpperInvariant()).Distinct()
            .Take(MaxCopiesRead).ToList();
        if (addresses.Count == 0) return [];
        var names = await db.Users
            .Where(u => u.NormalizedEmail != null && addresses.Contains(u.NormalizedEmail) && !u.IsSystem && u.Id != senderId)
            .OrderBy(u => u.Id).Select(u => u.UserName!).Take(MaxCopiesInformed).ToListAsync(ct);
        return names.Distinct().Select(n => new InformedUserInput(n)).ToList();
    }

    /// <summary>A registration mail to an address that wrote too often lately is held back.</summary>
    private async Task<bool> MayAcknowledgeAsync(string address, CancellationToken ct)
    {
        var since = time.UtcNow - TimeSpan.FromHours(1);
        address = address.Trim().ToLowerInvariant();
        var recent = await db.ReceivedMails.CountAsync(m => m.From == address && m.ReceivedAt >= since
            && m.Outcome == ReceivedMailOutcome.TicketCreated, ct);
        return recent < _settings.MailAcknowledgementsPerHour;
    }

    /// <summary>
    /// An address an account can be opened for: within RFC 5321's 254 characters (and so within the columns) and one
    /// that parses as an address; anything else has nobody to register it for.
    /// </summary>
    private static bool IsUsableAddress(string address) =>
        address.Length is > 0 and <= MaxAddressLength
        && System.Net.Mail.MailAddress.TryCreate(address, out var parsed) && parsed.Address == address;

    private const int MaxAddressLength = 254;

    public const int MaxCopiesInformed = 10;

    /// <summary>How many addresses of To and Cc are looked up at all (a query's parameters are not unlimited).</summary>
    private const int MaxCopiesRead = 500;

    private bool IsMailbox(string address) => _mailboxAddresses!.Contains(address);

    private async Task<User?> FindUserAsync(string address, CancellationToken ct)
    {
        var normalized = address.Trim().ToUpperInvariant();
        if (normalized.Length == 0) return null;
        if (_senders.TryGetValue(normalized, out var known)) return known;
        var user = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized && !u.IsSystem)
            .OrderBy(u => u.Id).FirstOrDefaultAsync(ct);
        // Only people found are remembered: an unknown address may get its account during this run.
        if (user is not null) _senders[normalized] = user;
        return user;
    }

    /// <summary>
    /// The unknown-sender policy <c>create</c>: external people reach the desk by mail (Guía §5), so an account is
    /// opened for the address, without a password: they follow their tickets by mail or set one by "¿Ha olvidado su clave?".
    /// </summary>
    private async Task<User> CreateRequesterAsync(MailRecipient from, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var address = from.Address.Trim();
        if (!IsUsableAddress(address))
            throw new MailRefusedException(MailRefusalReason.SenderInvalid, $"Sender address not usable: «{Fit(address, 100)}»");
        var user = new User
        {
            UserName = address.ToLowerInvariant(),
            Email = address,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(from.Name) ? address : from.Name.Trim(),
            LockoutEnabled = true,
        };
        if (user.DisplayName.Length > User.DisplayNameMaxLength) user.DisplayName = user.DisplayName[..User.DisplayNameMaxLength];
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // An address Identity will not take as a user name (rare characters, a name already used): a neutral one.
            user.UserName = $"correo-{Guid.NewGuid():N}"[..20];
            created = await users.CreateAsync(user);
        }

        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.Requester);
        log.LogInformation("Requester account {UserName} opened for mail from {Address}", user.UserName, address);
        return user;
    }
}
