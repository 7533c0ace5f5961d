using System.Globalization;
using System.Resources;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Mail;

/// <summary>
/// The words of Mesa's e-mails as the organisation keeps them — its own version of each automatic
/// notice (or the built-in text), the named templates of Notificar (Guía §15.1) — and what a text looks like once its
/// marks are filled, for a real ticket or for the admin's preview.
/// </summary>
public sealed class MailTemplates(MesaDbContext db, OrganisationTime time, IOptions<MesaSettings> settings)
{
    private static readonly ResourceManager States = new("Mesa.Core.Common.Messages", typeof(MailTemplates).Assembly);

    private readonly MailText _text = new(CultureInfo.GetCultureInfo(settings.Value.MailCulture));

    /// <summary>The notices about tickets Mesa sends by itself, each with its words; Notificar has none of its own.</summary>
    public static readonly NotificationKind[] AutomaticKinds =
        [.. Enum.GetValues<NotificationKind>().Where(k => k.HasTemplate())];

    /// <summary>A subject and a body, and whether the organisation changed them from the built-in text.</summary>
    public sealed record MailWords(string Subject, string Body, bool Customised);

    /// <summary>The words of every automatic notice: the organisation's where it wrote its own.</summary>
    public async Task<IReadOnlyDictionary<NotificationKind, MailWords>> AutomaticAsync(CancellationToken ct)
    {
        var own = await db.MailTemplates.AsNoTracking().Where(t => AutomaticKinds.Contains(t.Kind)).ToListAsync(ct);
        return AutomaticKinds.ToDictionary(k => k, k => own.FirstOrDefault(t => t.Kind == k) is { } t
            ? new MailWords(t.Subject, t.Body, true)
            : BuiltIn(k));
    }

    public MailWords BuiltIn(NotificationKind kind) =>
        new(_text.Raw($"Subject.{kind}"), _text.Raw($"Body.{kind}"), false);

    /// <summary>The organisation's own words for an automatic notice, checked; they replace the built-in text.</summary>
    public async Task SaveAutomaticAsync(NotificationKind kind, string? subject, string? body, CancellationToken ct)
    {
        if (!kind.HasTemplate()) throw new InputException("kind", Rules.InvalidValue, kind);
        var template = await db.MailTemplates.SingleOrDefaultAsync(t => t.Kind == kind, ct);
        if (template is null) db.MailTemplates.Add(new MailTemplate(kind, null, subject, body, time.UtcNow));
        else template.Change(null, subject, body, time.UtcNow);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Back to the built-in text.</summary>
    public async Task ResetAutomaticAsync(NotificationKind kind, CancellationToken ct)
    {
        if (kind.HasTemplate()) await db.MailTemplates.Where(t => t.Kind == kind).ExecuteDeleteAsync(ct);
    }

    /// <summary>The Notificar templates, by name.</summary>
    public async Task<IReadOnlyList<MailTemplate>> NoticesAsync(CancellationToken ct) =>
        await db.MailTemplates.AsNoTracking().Where(t => t.Kind == NotificationKind.Notice).OrderBy(t => t.Name)
            .ToListAsync(ct);

    /// <summary>A Notificar template by id or name.</summary>
    public async Task<MailTemplate> NoticeAsync(string idOrName, CancellationToken ct) =>
        await FindNoticeAsync(idOrName, ct) ?? throw new NotFoundException(Rules.UnknownMailTemplate, idOrName.Trim());

    public async Task<MailTemplate?> FindNoticeAsync(string idOrName, CancellationToken ct)
    {
        var name = idOrName.Trim();
        var notices = db.MailTemplates.AsNoTracking().Where(t => t.Kind == NotificationKind.Notice);
        return long.TryParse(name, out var id)
            ? await notices.SingleOrDefaultAsync(t => t.Id == id, ct)
            : await notices.SingleOrDefaultAsync(t => t.Name == name, ct);
    }

    /// <summary>Creates a Notificar template, or changes the one with <paramref name="id"/>; names are unique.</summary>
    public async Task<MailTemplate> SaveNoticeAsync(long? id, string? name, string? subject, string? body,
        CancellationToken ct)
    {
        MailTemplate template;
        if (id is { } key)
        {
            template = await db.MailTemplates.SingleOrDefaultAsync(t => t.Id == key && t.Kind == NotificationKind.Notice, ct)
                ?? throw new NotFoundException(Rules.UnknownMailTemplate, key);
            template.Change(name, subject, body, time.UtcNow);
        }
        else
        {
            template = db.MailTemplates.Add(new MailTemplate(NotificationKind.Notice, name, subject, body, time.UtcNow)).Entity;
        }

        if (await db.MailTemplates.AnyAsync(t => t.Id != template.Id && t.Name == template.Name, ct))
            throw new InputException("name", Rules.DuplicateName, template.Name);
        await db.SaveChangesAsync(ct);
        return template;
    }

    public async Task DeleteNoticeAsync(long id, CancellationToken ct)
    {
        if (await db.MailTemplates.Where(t => t.Id == id && t.Kind == NotificationKind.Notice).ExecuteDeleteAsync(ct) == 0)
            throw new NotFoundException(Rules.UnknownMailTemplate, id);
    }

    /// <summary>
    /// Guía §15.1 Notificar: the subject and the text as the agent wrote them, or, where left blank, as the notice
    /// template chosen says with its marks standing for the record's <paramref name="values"/>.
    /// </summary>
    public async Task<(string? Subject, string? Text)> NoticeWordsAsync(Tickets.NoticeInput notice,
        Func<Task<IReadOnlyDictionary<string, string?>>> values, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(notice.Template)) return (notice.Subject, notice.Text);
        var template = await FindNoticeAsync(notice.Template, ct)
            ?? throw new InputException("template", Rules.UnknownMailTemplate, notice.Template.Trim());
        var marks = await values();
        return (string.IsNullOrWhiteSpace(notice.Subject) ? MailPlaceholders.Render(template.Subject, marks) : notice.Subject,
            string.IsNullOrWhiteSpace(notice.Text) ? MailPlaceholders.Render(template.Body, marks) : notice.Text);
    }

    /// <summary>What the marks stand for on a real ticket, in the organisation's language and zone.</summary>
    public async Task<IReadOnlyDictionary<string, string?>> ValuesAsync(long ticketId, CancellationToken ct)
    {
        var t = await db.Tickets.AsNoTracking().Where(t => t.Id == ticketId).Select(t => new
        {
            t.Code,
            t.Title,
            t.State,
            Requester = t.Requester!.DisplayName,
            Agent = t.Agent == null ? null : t.Agent.DisplayName,
            Group = t.Group == null ? null : t.Group.Name,
            Service = t.Service == null ? null : t.Service.Name,
            Category = t.Category == null ? null : t.Category.Path,
            t.CreatedAt,
            t.ResolutionDueAt,
        }).SingleAsync(ct);
        return Values(t.Code, t.Title, StateName(t.State.ToString()), t.Requester, t.Agent, t.Group, t.Service,
            t.Category, t.CreatedAt, t.ResolutionDueAt);
    }

    /// <summary>
    /// What the marks stand for on a change (Notificar from a change): its author stands for the requester, its planned
    /// end for the resolution date.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string?>> ChangeValuesAsync(long changeId, CancellationToken ct)
    {
        var c = await db.Changes.AsNoTracking().Where(c => c.Id == changeId).Select(c => new
        {
            c.Code,
            c.Title,
            c.State,
            Author = db.Users.Where(u => u.Id == c.CreatedById).Select(u => u.DisplayName).Single(),
            Agent = db.Users.Where(u => u.Id == c.AgentId).Select(u => u.DisplayName).FirstOrDefault(),
            Group = db.Groups.Where(g => g.Id == c.GroupId).Select(g => g.Name).FirstOrDefault(),
            Service = db.Services.Where(s => s.Id == c.ServiceId).Select(s => s.Name).FirstOrDefault(),
            Category = db.Categories.Where(k => k.Id == c.CategoryId).Select(k => k.Path).FirstOrDefault(),
            c.CreatedAt,
            c.PlannedEnd,
        }).SingleAsync(ct);
        return Values(c.Code, c.Title, States.GetString($"ChangeState.{c.State}", _text.Culture) ?? c.State.ToString(),
            c.Author, c.Agent, c.Group, c.Service, c.Category, c.CreatedAt, c.PlannedEnd);
    }

    /// <summary>Believable values for the admin's preview (Spanish, like the e-mails).</summary>
    public IReadOnlyDictionary<string, string?> SampleValues()
    {
        var now = time.UtcNow;
        return Values(_text.Raw("Sample.Code"), _text.Raw("Sample.Title"), _text.Raw("Sample.State"),
            _text.Raw("Sample.Requester"), _text.Raw("Sample.Agent"), _text.Raw("Sample.Group"), _text.Raw("Sample.Service"),
            _text.Raw("Sample.Category"), now.AddHours(-3), now.AddDays(1));
    }

    private Dictionary<string, string?> Values(string code, string title, string state, string requester, string? agent,
        string? group, string? service, string? category, DateTimeOffset createdAt, DateTimeOffset? resolutionDue) => new()
        {
            [MailPlaceholders.Code] = code,
            [MailPlaceholders.Title] = title,
            [MailPlaceholders.State] = state,
            [MailPlaceholders.Requester] = requester,
            [MailPlaceholders.Agent] = agent,
            [MailPlaceholders.Group] = group,
            [MailPlaceholders.Service] = service,
            [MailPlaceholders.Category] = category,
            [MailPlaceholders.CreatedAt] = time.Format(createdAt),
            [MailPlaceholders.ResolutionDue] = resolutionDue is { } due ? time.Format(due) : null,
        };

    private string StateName(string state) => States.GetString($"TicketState.{state}", _text.Culture) ?? state;
}
