namespace Mesa.Core.Tickets;

/// <summary>What a line of the history (Guía §14.1 "historial de eventos y cambios de estado") records.</summary>
public enum TicketEventKind
{
    Created,
    FieldChanged,
    Assigned,
    Revoked,
    Rejected,
    SubstateChanged,
    ActionAdded,
    SolutionSigned,
    ClosedAtFirstLine,
    ConfirmedCorrect,
    ConfirmedIncorrect,
    ClosedAutomatically,
    NotificationQueued,
    NotificationSent,
    SlaChanged,
    SlaWarning,
    SlaBreached,
    Unplaced,
    AttachmentAdded,
    Rated,
    MailHeld,
    MailAccepted,
    MailDiscarded,
}
