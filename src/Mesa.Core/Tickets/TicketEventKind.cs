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

    /// <summary>Guía §14.2 "Flujo de trabajo": the request's approval flow started.</summary>
    ApprovalStarted,

    /// <summary>A step's approver was asked.</summary>
    ApprovalRequested,

    /// <summary>A step's approver was written to again.</summary>
    ApprovalReminded,

    /// <summary>A step was approved (by its approver, or by its timeout).</summary>
    ApprovalGiven,

    /// <summary>A step was rejected (by its approver, or by its timeout): the ticket is rejected.</summary>
    ApprovalRefused,

    /// <summary>Nobody could decide a step: it was passed over.</summary>
    ApprovalSkipped,

    /// <summary>Every step approved: the request goes on to the assignment.</summary>
    ApprovalFinished,

    /// <summary>Brought from the desk before Mesa (ProactivaNET) in the state it had there.</summary>
    Imported,

    /// <summary>A duplicate: closed, its follow-up continues on the ticket it was merged into.</summary>
    Merged,

    /// <summary>A duplicate was merged into this ticket; its people now follow this one.</summary>
    MergedHere,

    /// <summary>Part of this ticket's request became a ticket of its own.</summary>
    Split,

    /// <summary>This ticket was split from another and counts its clock from the other's registration.</summary>
    SplitFrom,
}
