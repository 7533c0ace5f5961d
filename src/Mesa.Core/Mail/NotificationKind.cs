using Mesa.Core.Tickets;

namespace Mesa.Core.Mail;

/// <summary>Why Mesa writes to someone about a ticket or a change.</summary>
public enum NotificationKind
{
    /// <summary>Guía §9: confirmation of registration with the code.</summary>
    Registration,

    /// <summary>Guía §7: the agent (or the group) learns of an assignment.</summary>
    Assignment,

    /// <summary>Guía §15: a question to the user.</summary>
    Question,

    /// <summary>Guía §14.3: an action published to the requester.</summary>
    PublishedAction,

    /// <summary>Guía §10 Resuelta: the solution, with the Correcta / Incorrecta choice.</summary>
    Resolution,

    /// <summary>Guía §10 Cerrada: closure, with the satisfaction survey.</summary>
    Closure,

    /// <summary>Guía §10 Rechazada: the reason.</summary>
    Rejection,

    /// <summary>A duplicate closed: its follow-up continues on the ticket it was merged into.</summary>
    Merged,

    /// <summary>Guía §14.3: the agent learns that the user answered.</summary>
    UserReply,

    /// <summary>Most of the resolution time is used (agent and supervisors).</summary>
    SlaWarning,

    /// <summary>Guía §14.2 "caduca": a due date passed unmet (agent and supervisors).</summary>
    SlaBreach,

    /// <summary>Guía §15.1 Notificar: the agent's own message (subject and text), maybe with the ticket's report.</summary>
    Notice,

    /// <summary>The agent learns that a mail from a sender Mesa could not verify waits on the ticket.</summary>
    HeldMail,

    /// <summary>Guía §10 "En Comité de control de Cambios": an approver is asked to decide, with signed links.</summary>
    ChangeApproval,

    /// <summary>The committee decided: the change's responsible and its author learn whether it was approved.</summary>
    ChangeDecided,

    /// <summary>Guía §14.2 "Flujo de trabajo": a step's approver is asked to decide on a request, with signed links.</summary>
    ApprovalRequest,

    /// <summary>The same question again: the step still waits, its reminder time came.</summary>
    ApprovalReminder,

    /// <summary>Guía §4: a scheduled report, its file attached, to an address or to a group's supervisors.</summary>
    ScheduledReport,
}

public static class NotificationKinds
{
    /// <summary>Which "Otros usuarios informados" checkbox a kind of notification answers to.</summary>
    public static NotificationAudience Audience(this NotificationKind kind) => kind switch
    {
        NotificationKind.Registration => NotificationAudience.Creation,
        NotificationKind.PublishedAction or NotificationKind.Question => NotificationAudience.Actions,
        NotificationKind.Resolution => NotificationAudience.Resolution,
        NotificationKind.Closure or NotificationKind.Rejection or NotificationKind.Merged => NotificationAudience.Closure,
        NotificationKind.Assignment or NotificationKind.UserReply or NotificationKind.SlaWarning
            or NotificationKind.SlaBreach or NotificationKind.Notice or NotificationKind.HeldMail
            or NotificationKind.ChangeApproval or NotificationKind.ChangeDecided or NotificationKind.ApprovalRequest
            or NotificationKind.ApprovalReminder or NotificationKind.ScheduledReport => NotificationAudience.None,
    };

    /// <summary>
    /// The kinds whose words the organisation writes in its mail templates (Guía §9: the automatic mails of tickets);
    /// a Notificar message is the agent's own text, and the mails of a committee or of an approval flow say what the
    /// approver needs, in Mesa's words.
    /// </summary>
    public static bool HasTemplate(this NotificationKind kind) =>
        kind is not (NotificationKind.Notice or NotificationKind.ChangeApproval or NotificationKind.ChangeDecided
            or NotificationKind.ApprovalRequest or NotificationKind.ApprovalReminder or NotificationKind.ScheduledReport);
}
