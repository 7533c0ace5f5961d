using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Mesa.Core.Sla;

namespace Mesa.Core.Tickets;

/// <summary>
/// An incidencia or petición and its whole lifecycle (Guía §7–§15). Every change goes through a method of this
/// class, which checks the guide's rule, changes the state, appends the history and queues the e-mails, so that one
/// SaveChanges commits them together. The lifecycle methods live in the partial files beside this one.
/// </summary>
public sealed partial class Ticket
{
    public const int TitleMaxLength = 200;

    /// <summary>A code ("REQ 2026-000123"); also the longest reference to a ticket, article or problem by code.</summary>
    public const int CodeMaxLength = 40;
    public const int DescriptionMaxLength = 20_000;
    public const int TextMaxLength = 20_000;
    public const int NoteMaxLength = 4_000;
    public const int CommentMaxLength = 2_000;

    private readonly List<TicketEvent> _events = [];
    private readonly List<TicketAction> _actions = [];
    private readonly List<InformedUser> _informedUsers = [];
    private readonly List<Notification> _notifications = [];

    private Ticket()
    {
    }

    public long Id { get; private set; }

    /// <summary>"REQ 2026-000123": the consecutive number the user quotes (Guía §9).</summary>
    public string Code { get; private set; } = "";

    public TicketType Type { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>Code, title and description folded for accent- and case-insensitive search.</summary>
    public string SearchText { get; private set; } = "";

    public TicketState State { get; private set; }

    public int? SubstateId { get; private set; }

    public Substate? Substate { get; private set; }

    public Origin Origin { get; private set; }

    /// <summary>Registration instant: the start of every ANS clock.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>"Notificado por": the person the ticket is for.</summary>
    public long RequesterId { get; private set; }

    public User? Requester { get; private set; }

    /// <summary>"Registrado por": who typed it in (the requester, an agent, or the system).</summary>
    public long RegisteredById { get; private set; }

    public User? RegisteredBy { get; private set; }

    /// <summary>"Localización / Cliente" (Guía §14.2): the requester's own unless another is given.</summary>
    public long? LocationId { get; private set; }

    public Location? Location { get; private set; }

    public long? ServiceId { get; private set; }

    public Service? Service { get; private set; }

    public long? CategoryId { get; private set; }

    public Category? Category { get; private set; }

    public Level Impact { get; private set; }

    public Level Urgency { get; private set; }

    public Level Priority { get; private set; }

    public long? GroupId { get; private set; }

    public SupportGroup? Group { get; private set; }

    public long? AgentId { get; private set; }

    public User? Agent { get; private set; }

    /// <summary>"Servicio 1ª Línea": what first line did, why it escalated, or why it rejected (Guía §13, §14.2).</summary>
    public string? FirstLineService { get; private set; }

    public DateTimeOffset? FirstResponseAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>The agent who signed the last solution: an "Incorrecta" goes back to them (Guía §14.4).</summary>
    public long? SolutionSignedById { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public ClosureResult? ClosureResult { get; private set; }

    /// <summary>Satisfaction survey: 1 to 5.</summary>
    public int? Rating { get; private set; }

    public string? ClosureComment { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long UpdatedById { get; private set; }

    public User? UpdatedBy { get; private set; }

    /// <summary>Changes on every change; the optimistic-concurrency token and the API's <c>version</c>.</summary>
    public long Version { get; private set; }

    public IReadOnlyCollection<TicketEvent> Events => _events;

    public IReadOnlyCollection<TicketAction> Actions => _actions;

    public IReadOnlyCollection<InformedUser> InformedUsers => _informedUsers;

    public IReadOnlyCollection<Notification> Notifications => _notifications;

    /// <summary>Guía §10 Nueva: "asignado automáticamente cuando es registrada y recibe su número consecutivo único".</summary>
    public static Ticket Register(string code, TicketRegistration data, PriorityMatrix matrix, Actor by, DateTimeOffset at)
    {
        RequireText(data.Title, nameof(Title), TitleMaxLength);
        RequireText(data.Description, nameof(Description), DescriptionMaxLength);
        RequireCategoryOfService(data.Service, data.Category);

        var ticket = new Ticket
        {
            Code = code,
            Type = data.Type,
            Title = data.Title.Trim(),
            Description = data.Description.Trim(),
            State = TicketState.New,
            Origin = data.Origin,
            CreatedAt = at,
            RequesterId = data.Requester.Id,
            Requester = data.Requester,
            RegisteredById = by.Id,
            Location = data.Location,
            LocationId = data.Location?.Id,
            Service = data.Service,
            ServiceId = data.Service?.Id,
            Category = data.Category,
            CategoryId = data.Category?.Id,
            Impact = data.Impact,
            Urgency = data.Urgency,
            Priority = matrix.PriorityOf(data.Impact, data.Urgency),
        };
        ticket.RefreshSearchText();
        ticket._informedUsers.AddRange(data.InformedUsers.Where(i => i.UserId != data.Requester.Id));
        ticket.KeepAnswers(data.TemplateId, data.Fields ?? []);
        ticket.KeepCustomFields(data.CustomFields ?? []);
        ticket.Record(new TicketEvent(TicketEventKind.Created, by.Id, at, null, published: true)
        {
            ToState = TicketState.New,
        });
        // Guía §9: the code goes to the requester by mail, unless the mail intake holds back a flood.
        if (data.Acknowledge) ticket.Notify(NotificationKind.Registration, null, by, at);
        ticket.Touch(by, at);
        return ticket;
    }

    public bool IsOpen => TicketStates.IsOpen(State);

    /// <summary>Whether this person may follow the ticket in the portal: the requester or an informed user.</summary>
    public bool IsParticipant(long userId) => Standing.IsParticipant(userId);

    /// <summary>What may be done to the ticket now: the guards below ask it, and so do the screens and the API.</summary>
    public TicketStanding Standing => new(State, RequesterId, _informedUsers.Select(i => i.UserId).ToList(), GroupId,
        AgentId, FirstResponseGiven: FirstResponseAt is not null, Rated: Rating is not null, AwaitingApproval);

    /// <summary>Whether <paramref name="by"/> may give <paramref name="command"/> now.</summary>
    public bool Allows(TicketCommand command, Actor by) => Standing.Allows(command, by);

    private void RefreshSearchText() => SearchText = Common.SearchText.Fold($"{Code} {Title} {Description}");

    private void Touch(Actor by, DateTimeOffset at)
    {
        UpdatedAt = at;
        UpdatedById = by.Id;
        Version++;
    }

    private void Record(TicketEvent e) => _events.Add(e);

    private TicketAction AddAction(TicketActionKind kind, string text, bool published, Actor by, DateTimeOffset at)
    {
        var action = new TicketAction(kind, text.Trim(), published, by.Id, at);
        _actions.Add(action);
        Record(new TicketEvent(TicketEventKind.ActionAdded, by.Id, at, action.Text, published)
        {
            Field = "action",
            NewValue = kind.ToString(),
            NotePublished = published,
        });
        return action;
    }

    /// <summary>Queues the e-mail a change owes and records it in the history (Guía §7, §9, §14.3, §15).</summary>
    private void Notify(NotificationKind kind, TicketAction? action, Actor by, DateTimeOffset at)
    {
        var queued = new List<Notification>();
        if (kind is NotificationKind.Assignment or NotificationKind.UserReply or NotificationKind.HeldMail)
        {
            if (AgentId is { } agent && agent != by.Id) queued.Add(new Notification(kind, agent, null, action, at));
            else if (AgentId is null && GroupId is { } group) queued.Add(new Notification(kind, null, group, action, at));
        }
        else
        {
            var audience = kind.Audience();
            var people = _informedUsers.Where(i => i.Wants(audience)).Select(i => i.UserId).Prepend(RequesterId);
            // Whoever acts does not need mail about their own act, except the confirmation of registration
            // with the code (Guía §9), which the requester keeps.
            foreach (var person in people.Distinct().Where(p => p != by.Id || kind == NotificationKind.Registration))
                queued.Add(new Notification(kind, person, null, action, at));
        }

        _notifications.AddRange(queued);
        if (queued.Count > 0)
        {
            Record(new TicketEvent(TicketEventKind.NotificationQueued, by.Id, at, null, published: false)
            {
                Field = "notification",
                NewValue = kind.ToString(),
            });
        }
    }

    private void MoveTo(TicketState to, TicketEventKind kind, string? note, Actor by, DateTimeOffset at,
        bool published = true, bool notePublished = false)
    {
        Require(TicketStates.CanMove(State, to), Rules.TransitionNotAllowed, State, to);
        Record(new TicketEvent(kind, by.Id, at, note, published)
        {
            FromState = State,
            ToState = to,
            FromSubstate = Substate?.Code,
            ToSubstate = to == TicketState.Assigned ? Substate?.Code : null,
            NotePublished = notePublished,
        });
        State = to;
        if (to != TicketState.Assigned)
        {
            Substate = null;
            SubstateId = null;
        }

        // Guía §10 and §14.4: the clock stands still in a stopping substate and while the user is asked to confirm
        // a solution; it ends for good with the ticket.
        var stopping = to == TicketState.Assigned && Substate is { PausesSla: true } ? Substate : null;
        UpdateClockStops(to switch
        {
            TicketState.Resolved => ClockStop.Resolved,
            _ => stopping?.Code,
        }, at, stopping?.StopsClock ?? true, stopping?.ExtendsDueDate ?? true);
    }

    private static void Require(bool condition, string rule, params object[] arguments)
    {
        if (!condition) throw new DomainException(rule, arguments);
    }

    /// <summary>The note every change of state carries (Guía §10); a missing one breaks a rule, an oversize one is bad input.</summary>
    private static string RequireNote(string? note) => RequireWords(note, "note", Rules.NoteRequired, NoteMaxLength);

    /// <summary>The text of an action (Guía §14.3).</summary>
    private static string RequireActionText(string? text) => RequireWords(text, "text", Rules.TextRequired, TextMaxLength);

    private static string RequireWords(string? words, string field, string rule, int max)
    {
        Require(!string.IsNullOrWhiteSpace(words), rule);
        if (words!.Length > max) throw new InputException(field, Rules.TooLong, max);
        return words.Trim();
    }

    private static void RequireText(string? text, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(field, Rules.Required);
        if (text.Length > max) throw new InputException(field, Rules.TooLong, max);
    }

    private static void RequireCategoryOfService(Service? service, Category? category)
    {
        if (category is not null && category.ServiceId != service?.Id)
            throw new InputException(nameof(Category), Rules.UnknownCategory, category.Path);
    }
}
