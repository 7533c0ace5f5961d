namespace Mesa.Core.Tickets;

/// <summary>
/// Guía §14.2 "Otros usuarios informados": someone besides the requester who follows the ticket, with the four
/// checkboxes saying which events reach them by e-mail.
/// </summary>
public sealed class InformedUser
{
    private InformedUser()
    {
    }

    public InformedUser(long userId, bool onCreation, bool onActions, bool onResolution, bool onClosure)
    {
        UserId = userId;
        OnCreation = onCreation;
        OnActions = onActions;
        OnResolution = onResolution;
        OnClosure = onClosure;
    }

    public long TicketId { get; private set; }

    public long UserId { get; private set; }

    public bool OnCreation { get; private set; }

    public bool OnActions { get; private set; }

    public bool OnResolution { get; private set; }

    public bool OnClosure { get; private set; }

    public bool Wants(NotificationAudience audience) => audience switch
    {
        NotificationAudience.Creation => OnCreation,
        NotificationAudience.Actions => OnActions,
        NotificationAudience.Resolution => OnResolution,
        NotificationAudience.Closure => OnClosure,
        NotificationAudience.None => false,
    };

    public string Describe() =>
        $"{UserId}:{(OnCreation ? 1 : 0)}{(OnActions ? 1 : 0)}{(OnResolution ? 1 : 0)}{(OnClosure ? 1 : 0)}";
}
