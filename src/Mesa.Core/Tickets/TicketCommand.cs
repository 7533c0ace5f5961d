namespace Mesa.Core.Tickets;

/// <summary>
/// What someone may do to a ticket: the console's forms, the portal's buttons and the API's commands, one name each.
/// The API writes them in kebab-case (<c>close-at-first-line</c>).
/// </summary>
public enum TicketCommand
{
    /// <summary>Guía §14.2: the General tab's fields (title, description, classification, people…).</summary>
    Edit,

    /// <summary>Guía §12: assign or escalate to a group and, optionally, one of its agents.</summary>
    Assign,

    /// <summary>Guía §13: return the ticket to Nueva.</summary>
    Revoke,

    /// <summary>Guía §13: reject a Nueva ticket.</summary>
    Reject,

    /// <summary>Guía §13 in one step: revoke, then reject.</summary>
    RevokeAndReject,

    /// <summary>Guía §14.2: solved on first contact, closed at once by a first-line agent.</summary>
    CloseAtFirstLine,

    /// <summary>Guía §14.3 "1ª Respuesta usuario", once per ticket.</summary>
    FirstResponse,

    /// <summary>Guía §14.3 "Pregunta al usuario".</summary>
    Question,

    /// <summary>Guía §14.3 "Respuesta de técnico".</summary>
    TechnicianAnswer,

    /// <summary>Guía §14.3: an action, published or internal.</summary>
    Note,

    /// <summary>Guía §14.3 "Firma solución".</summary>
    Solution,

    /// <summary>Guía §10: a manual substate of Asignada.</summary>
    Substate,

    /// <summary>Guía §9: the requester's or an informed user's answer in the portal or by mail.</summary>
    Reply,

    /// <summary>Guía §14 Información adicional: a file.</summary>
    Attach,

    /// <summary>Guía §14.4: Correcta or Incorrecta.</summary>
    Confirm,

    /// <summary>Guía §10 "Puede incluir encuesta de satisfacción", once the ticket is closed.</summary>
    Rate,

    /// <summary>Guía §15.1 Notificar.</summary>
    Notify,

    /// <summary>Guía §14 Información adicional: relate to another ticket.</summary>
    Relate,

    /// <summary>Guía §11.5: cite a knowledge article or a problem.</summary>
    Refer,

    /// <summary>Close as a duplicate of another open ticket, where the follow-up continues.</summary>
    Merge,

    /// <summary>Make a part of the request a ticket of its own, its clock from this one's registration.</summary>
    Split,
}

public static class TicketCommands
{
    /// <summary>The command an agent gives by choosing this kind of action in the Investigación tab (Guía §14.3).</summary>
    public static TicketCommand Of(TicketActionKind kind) => kind switch
    {
        TicketActionKind.FirstResponse => TicketCommand.FirstResponse,
        TicketActionKind.Question => TicketCommand.Question,
        // Guía §15.2: announcing remote support is, like a question, a message published to the user of an Asignada
        // ticket; it is offered wherever a question is.
        TicketActionKind.RemoteSupport => TicketCommand.Question,
        TicketActionKind.TechnicianAnswer => TicketCommand.TechnicianAnswer,
        TicketActionKind.Solution => TicketCommand.Solution,
        TicketActionKind.UserReply => TicketCommand.Reply,
        TicketActionKind.Notice => TicketCommand.Notify,
        _ => TicketCommand.Note,
    };
}
