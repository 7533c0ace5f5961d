namespace Mesa.Core.Tickets;

/// <summary>Guía §14.3 "Acciones realizadas": the kinds of action an agent records, plus the requester's reply.</summary>
public enum TicketActionKind
{
    /// <summary>1ª Respuesta usuario: at most once per ticket; measures the first response time.</summary>
    FirstResponse,

    /// <summary>Pregunta al usuario: published, e-mailed, and the ticket waits for the user (pending-user).</summary>
    Question,

    /// <summary>Respuesta de técnico: the agent writes down the user's answer.</summary>
    TechnicianAnswer,

    /// <summary>An annotation of work done; published only when the agent ticks "Acción publicada".</summary>
    Note,

    /// <summary>Firma solución: Asignada → Resuelta.</summary>
    Solution,

    /// <summary>The requester's own answer or comment, from the portal, the API or e-mail.</summary>
    UserReply,

    /// <summary>Notificar (Guía §15.1): a message an agent sent from the ticket, with its recipients' e-mails.</summary>
    Notice,

    /// <summary>
    /// A mail that names the ticket and claims to come from one of its people, whose sender could not be verified:
    /// internal, it changes nothing until an agent accepts it (as the reply or note it would have been) or discards it.
    /// </summary>
    HeldMail,

    /// <summary>A held mail an agent judged not to be its sender's: kept, internal, with no effect.</summary>
    DiscardedMail,

    /// <summary>
    /// Guía §15.2 "Soporte remoto": the agent tells the user that they will take their computer remotely and invites
    /// them (a Microsoft Teams meeting, its link in the text): published and e-mailed.
    /// </summary>
    RemoteSupport,
}
