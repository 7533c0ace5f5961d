using Mesa.Core.Tickets;

namespace Mesa.Core.Privacy;

/// <summary>
/// Everything Mesa holds about one person (Ley 1581 de 2012, art. 8: the right to know what data the entity keeps):
/// the account, the tickets they notified or follow, what they wrote and sent, what Mesa wrote to them, their
/// credentials' names, and what administrators did with their data. Instants in UTC.
/// </summary>
public sealed record PersonalDataRecord(
    PersonalAccount Person,
    IReadOnlyList<PersonalTicket> TicketsNotified,
    IReadOnlyList<PersonalTicket> TicketsInformed,
    IReadOnlyList<PersonalAction> Actions,
    IReadOnlyList<PersonalFile> Files,
    IReadOnlyList<PersonalMail> MailsReceived,
    IReadOnlyList<PersonalNotification> MailsSent,
    IReadOnlyList<PersonalToken> Tokens,
    IReadOnlyList<PersonalDraft> Drafts,
    IReadOnlyList<string> SavedFilters,
    IReadOnlyList<PersonalAbsence> Absences,
    IReadOnlyList<PersonalAudit> Audit,
    IReadOnlyList<PersonalSignIn> SignIns,
    IReadOnlyList<PersonalSession> Sessions,
    DateTimeOffset ExportedAt);

/// <summary>A line of the sign-in log about the person (how, from which address).</summary>
public sealed record PersonalSignIn(People.Security.SignInEventKind Kind, People.Security.SignInMethod? Method, string? Address,
    DateTimeOffset At);

/// <summary>A browser signed in as the person.</summary>
public sealed record PersonalSession(string? Address, string? Device, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt);

public sealed record PersonalAccount(string UserName, string DisplayName, string? Email, string? Phone, string? Location,
    IReadOnlyList<string> Roles, IReadOnlyList<string> Groups, bool AwaitingConfirmation, DateTimeOffset? AnonymizedAt);

public sealed record PersonalTicket(string Code, string Title, string Description, TicketState State,
    DateTimeOffset RegisteredAt, DateTimeOffset? ClosedAt, int? Rating, string? ClosureComment);

public sealed record PersonalAction(string Ticket, TicketActionKind Kind, string Text, bool Published, DateTimeOffset At);

public sealed record PersonalFile(string Ticket, string FileName, long Size, DateTimeOffset At);

public sealed record PersonalMail(string Mailbox, string Subject, string Outcome, string? Ticket, DateTimeOffset At);

public sealed record PersonalNotification(string? Ticket, string Kind, DateTimeOffset QueuedAt, DateTimeOffset? SentAt);

public sealed record PersonalToken(string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);

public sealed record PersonalDraft(string? Title, DateTimeOffset CreatedAt);

public sealed record PersonalAbsence(DateOnly From, DateOnly To, string? Reason);

public sealed record PersonalAudit(AuditAction Action, string By, string? Note, DateTimeOffset At);
