using Mesa.Core.Common;

namespace Mesa.Core.Mail;

/// <summary>
/// An e-mail's words as the organisation wrote them: either its own version of one of Mesa's
/// automatic notices (one per kind; without it the built-in Spanish text is used), or a named template agents start a
/// Notificar message from (Guía §15.1, kind <see cref="NotificationKind.Notice"/>). Subject and body may hold
/// <see cref="MailPlaceholders"/>; the code in brackets, the greeting, the links and the footer are always added.
/// </summary>
public sealed class MailTemplate
{
    public const int NameMaxLength = 100;
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 4_000;

    private MailTemplate()
    {
    }

    public MailTemplate(NotificationKind kind, string? name, string? subject, string? body, DateTimeOffset at)
    {
        Kind = kind;
        Change(kind == NotificationKind.Notice ? name : kind.ToString(), subject, body, at);
    }

    public long Id { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>The kind's name for an automatic notice; the admin's name for a Notificar template.</summary>
    public string Name { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Change(string? name, string? subject, string? body, DateTimeOffset at)
    {
        // Every check before any change: a refused template stays as it was.
        var newName = InputText.Required("name", Kind == NotificationKind.Notice ? name : Kind.ToString(), NameMaxLength);
        var newSubject = InputText.Required("subject", subject, SubjectMaxLength).ReplaceLineEndings(" ");
        var newBody = InputText.Required("body", body, BodyMaxLength);
        MailPlaceholders.Check("subject", newSubject);
        MailPlaceholders.Check("body", newBody);
        (Name, Subject, Body, UpdatedAt) = (newName, newSubject, newBody, at);
    }
}
