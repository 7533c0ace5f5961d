using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.People.Security;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Privacy;

/// <summary>
/// Ley 1581 de 2012 (habeas data): an administrator exports everything Mesa holds about a person, and anonymizes a
/// person who asks or who left. Anonymizing removes who the person is and keeps what the entity must keep: their
/// tickets, the history and every figure stay, now in the name of "Persona anonimizada". Both are recorded in the
/// audit log, in the same transaction.
/// </summary>
public sealed class PersonalData(MesaDbContext db, OrganisationTime time,
    Microsoft.Extensions.Options.IOptions<MesaSettings> settings)
{
    private readonly HistoryText _words = new(System.Globalization.CultureInfo.GetCultureInfo(settings.Value.MailCulture));

    public const string AnonymousDomain = "anonimizado.invalid";

    public async Task<PersonalDataRecord> ExportAsync(Actor by, string userName, AuditAction action, CancellationToken ct)
    {
        RequireAdmin(by);
        var user = await UserAsync(userName, ct);
        var id = user.Id;
        var record = await ReadAsync(user, ct);
        db.Set<AuditEntry>().Add(new AuditEntry(action, by.Id, id, null, time.UtcNow));
        await db.SaveChangesAsync(ct);
        return record;
    }

    /// <summary>
    /// The person's name, user name, address and phone are replaced, their password, tokens, links, drafts, saved
    /// filters, absences, roles and groups removed, and their address taken out of the mail records. What they wrote
    /// on tickets is the entity's record and stays (docs/security.md says why).
    /// </summary>
    public async Task<User> AnonymizeAsync(Actor by, string userName, string? note, CancellationToken ct)
    {
        RequireAdmin(by);
        if (string.IsNullOrWhiteSpace(note)) throw new InputException("note", Rules.Required);
        var user = await UserAsync(userName, ct);
        if (user.Id == by.Id) throw new DomainException(Rules.AnonymizeSelf);
        if (user.AnonymizedAt is not null) throw new DomainException(Rules.AlreadyAnonymized, user.UserName!);
        var open = await db.Tickets.CountAsync(t => t.AgentId == user.Id && t.State != TicketState.Closed
                                                    && t.State != TicketState.Rejected, ct);
        if (open > 0) throw new DomainException(Rules.AnonymizeWithOpenWork, user.UserName!, open);

        var at = time.UtcNow;
        var address = user.Email;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.Anonymize(_words["Privacy.AnonymousName", user.Id], at);
        var alias = $"{user.UserName}@{AnonymousDomain}";
        if (!string.IsNullOrEmpty(address))
        {
            var normalised = address.Trim().ToLowerInvariant();
            await db.ReceivedMails.Where(m => m.From == normalised).ExecuteUpdateAsync(s => s.SetProperty(m => m.From, alias), ct);
            await db.RefusedMails.Where(m => m.From.ToLower() == normalised).ExecuteUpdateAsync(s => s.SetProperty(m => m.From, alias), ct);
        }

        var id = user.Id;
        await db.UserRoles.Where(r => r.UserId == id).ExecuteDeleteAsync(ct);
        await db.GroupMemberships.Where(m => m.UserId == id).ExecuteDeleteAsync(ct);
        await db.ApiTokens.Where(t => t.UserId == id).ExecuteDeleteAsync(ct);
        await db.SignInLinks.Where(l => l.UserId == id).ExecuteDeleteAsync(ct);
        await db.TicketDrafts.Where(d => d.OwnerId == id).ExecuteDeleteAsync(ct);
        await db.SavedFilters.Where(f => f.UserId == id).ExecuteDeleteAsync(ct);
        await db.Set<Absence>().Where(a => a.UserId == id).ExecuteDeleteAsync(ct);
        await db.Set<UserSession>().Where(s => s.UserId == id).ExecuteDeleteAsync(ct);
        await db.Set<SecondFactor>().Where(f => f.UserId == id).ExecuteDeleteAsync(ct);
        // The sign-in log keeps that something happened, not who typed what from where.
        var anonymous = user.UserName!;
        await db.Set<SignInEvent>().Where(e => e.UserId == id)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.UserName, anonymous).SetProperty(x => x.Address, (string?)null), ct);
        db.Set<AuditEntry>().Add(new AuditEntry(AuditAction.PersonAnonymized, by.Id, id, note.Trim(), at));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return user;
    }

    /// <summary>Who a user name names, for the administrator's page; null when nobody.</summary>
    public async Task<PersonSummary?> FindAsync(Actor by, string userName, CancellationToken ct)
    {
        RequireAdmin(by);
        var normalised = userName.Trim().ToUpperInvariant();
        return await db.Users.Where(u => u.NormalizedUserName == normalised && !u.IsSystem)
            .Select(u => new PersonSummary(u.UserName!, u.DisplayName, u.AnonymizedAt)).SingleOrDefaultAsync(ct);
    }

    /// <summary>The audit log, newest first; of one person when <paramref name="userName"/> is given.</summary>
    public async Task<IReadOnlyList<AuditLine>> AuditAsync(Actor by, string? userName, CancellationToken ct)
    {
        RequireAdmin(by);
        long? subject = string.IsNullOrWhiteSpace(userName) ? null : (await UserAsync(userName, ct)).Id;
        return await (from a in db.Set<AuditEntry>()
                      join actor in db.Users on a.ActorId equals actor.Id
                      join person in db.Users on a.SubjectUserId equals person.Id
                      where subject == null || a.SubjectUserId == subject
                      orderby a.Id descending
                      select new AuditLine(a.Id, a.At, a.Action, actor.UserName!, person.UserName!, a.Note))
            .Take(500).ToListAsync(ct);
    }

    private async Task<PersonalDataRecord> ReadAsync(User user, CancellationToken ct)
    {
        var id = user.Id;
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == id
                           orderby r.Name
                           select r.Name!).ToListAsync(ct);
        var groups = await (from m in db.GroupMemberships
                            join g in db.Groups on m.GroupId equals g.Id
                            where m.UserId == id
                            orderby g.Name
                            select g.Name + " (" + m.Role + ")").ToListAsync(ct);
        var location = user.LocationId is { } l
            ? await db.Locations.Where(x => x.Id == l).Select(x => x.Path).SingleOrDefaultAsync(ct)
            : null;
        var account = new PersonalAccount(user.UserName!, user.DisplayName, user.Email, user.PhoneNumber, location, roles,
            groups, user.AwaitingConfirmation, user.AnonymizedAt);

        var notified = await Tickets(db.Tickets.Where(t => t.RequesterId == id)).ToListAsync(ct);
        var informed = await Tickets(db.Tickets.Where(t => t.InformedUsers.Any(i => i.UserId == id))).ToListAsync(ct);
        var actions = await (from a in db.TicketActions
                             join t in db.Tickets on a.TicketId equals t.Id
                             where a.AuthorId == id
                             orderby a.Id
                             select new PersonalAction(t.Code, a.Kind, a.Text, a.Published, a.At)).ToListAsync(ct);
        var files = await (from f in db.Attachments
                           join t in db.Tickets on f.TicketId equals t.Id
                           where f.AddedById == id
                           orderby f.Id
                           select new PersonalFile(t.Code, f.FileName, f.Size, f.AddedAt)).ToListAsync(ct);
        var address = user.Email?.Trim().ToLowerInvariant();
        var received = address is null ? [] : await (from m in db.ReceivedMails
                                                     where m.From == address
                                                     orderby m.Id
                                                     select new { m.Mailbox, m.Subject, m.Outcome, m.TicketId, m.ReceivedAt })
            .ToListAsync(ct);
        var codes = await CodesAsync(received.Select(m => m.TicketId), ct);
        var sent = await (from n in db.Notifications
                          join t in db.Tickets on n.TicketId equals t.Id
                          where n.RecipientUserId == id
                          orderby n.Id
                          select new PersonalNotification(t.Code, n.Kind.ToString(), n.CreatedAt, n.SentAt)).ToListAsync(ct);
        var tokens = await db.ApiTokens.Where(t => t.UserId == id).OrderBy(t => t.Id)
            .Select(t => new PersonalToken(t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt)).ToListAsync(ct);
        var drafts = await db.TicketDrafts.Where(d => d.OwnerId == id).OrderBy(d => d.Id)
            .Select(d => new PersonalDraft(d.Title, d.CreatedAt)).ToListAsync(ct);
        var filters = await db.SavedFilters.Where(f => f.UserId == id).OrderBy(f => f.Name).Select(f => f.Name).ToListAsync(ct);
        var absences = await db.Set<Absence>().Where(a => a.UserId == id).OrderBy(a => a.From)
            .Select(a => new PersonalAbsence(a.From, a.To, a.Reason)).ToListAsync(ct);
        var audit = await (from a in db.Set<AuditEntry>()
                           join admin in db.Users on a.ActorId equals admin.Id
                           where a.SubjectUserId == id
                           orderby a.Id
                           select new PersonalAudit(a.Action, admin.UserName!, a.Note, a.At)).ToListAsync(ct);

        var signIns = await db.Set<SignInEvent>().Where(e => e.UserId == id).OrderBy(e => e.Id)
            .Select(e => new PersonalSignIn(e.Kind, e.Method, e.Address, e.At)).ToListAsync(ct);
        var sessions = await db.Set<UserSession>().Where(s => s.UserId == id).OrderBy(s => s.Id)
            .Select(s => new PersonalSession(s.Address, s.Device, s.CreatedAt, s.LastSeenAt)).ToListAsync(ct);

        return new PersonalDataRecord(account, notified, informed, actions, files,
            received.Select(m => new PersonalMail(m.Mailbox, m.Subject, m.Outcome.ToString(),
                m.TicketId is { } t ? codes.GetValueOrDefault(t) : null, m.ReceivedAt)).ToList(),
            sent, tokens, drafts, filters, absences, audit, signIns, sessions, time.UtcNow);
    }

    private static IQueryable<PersonalTicket> Tickets(IQueryable<Ticket> tickets) =>
        tickets.OrderBy(t => t.Id).Select(t => new PersonalTicket(t.Code, t.Title, t.Description, t.State, t.CreatedAt,
            t.ClosedAt, t.Rating, t.ClosureComment));

    private async Task<Dictionary<long, string>> CodesAsync(IEnumerable<long?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<long>().Distinct().ToList();
        return await db.Tickets.Where(t => wanted.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Code, ct);
    }

    private async Task<User> UserAsync(string userName, CancellationToken ct)
    {
        var normalised = userName.Trim().ToUpperInvariant();
        return await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalised && !u.IsSystem, ct)
            ?? throw new NotFoundException(Rules.UnknownUser, userName.Trim());
    }

    private static void RequireAdmin(Actor by)
    {
        if (!by.IsAdmin) throw new ForbiddenException(Rules.AdminOnly);
    }
}

/// <summary>A person as the administrator's page names them.</summary>
public sealed record PersonSummary(string UserName, string DisplayName, DateTimeOffset? AnonymizedAt);

/// <summary>A line of the audit log as administrators read it.</summary>
public sealed record AuditLine(long Id, DateTimeOffset At, AuditAction Action, string By, string Person, string? Note);
