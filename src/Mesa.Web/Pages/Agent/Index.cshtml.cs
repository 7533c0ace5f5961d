using Mesa.Core.Alerts;
using Mesa.Core.Changes;
using Mesa.Core.Knowledge;
using Mesa.Core.Problems;
using Mesa.Core.Tasks;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Agent.Tickets;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Agent;

/// <summary>
/// Guía §11 "Panel inicial": for each view (Visión general, Primera línea de soporte, Asignadas a mí, Bajo mi
/// supervisión, Asignadas a mis grupos) the open tickets per state and the caducadas, each a link to exactly those
/// tickets. One grouped query over the open tickets' partial index, never a count of the whole table.
/// </summary>
public sealed class IndexModel(TicketQueries queries, AgentAlerts alerts, KnowledgeBase knowledge, ProblemService problems,
    ChangeService changes, TaskService tasks, Microsoft.Extensions.Options.IOptions<Core.Common.MesaSettings> settings)
    : ConsolePage
{
    /// <summary>Guía §11: the agents' remote-control client, when the organisation gave its address.</summary>
    public string? RemoteControlUrl => settings.Value.RemoteControlUrl;

    public const int UnplacedShown = 20;

    /// <summary>Guía §11 "avisos de tópicos de la Base de conocimientos … creados y/o modificados en los últimos días".</summary>
    public const int KnowledgeDays = 7;

    public const int KnowledgeShown = 10;

    public IReadOnlyList<PanelView> Views { get; private set; } = [];

    /// <summary>For supervisors, the Nueva tickets no rule could place, with the reason.</summary>
    public PageOf<UnplacedTicket> Unplaced { get; private set; } = new([], 0);

    public bool ShowsUnplaced { get; private set; }

    /// <summary>Guía §11 "Pestaña avisos / alertas": what every agent must know now.</summary>
    public IReadOnlyList<AgentAlerts.AlertView> Alerts { get; private set; } = [];

    public IReadOnlyList<ArticleSummary> NewArticles { get; private set; } = [];

    /// <summary>Guía §11 "Pestaña problemas y errores conocidos": Visión general, Asignados a mí, Asignados a mis grupos.</summary>
    public IReadOnlyList<(ProblemView View, ProblemCounters Counters)> ProblemViews { get; private set; } = [];

    /// <summary>Guía §11 "Pestaña mis tareas": the open work of each module, assigned to me and to my groups.</summary>
    public (int Mine, int Groups) TicketTasks { get; private set; }

    public (int Mine, int Groups) ProblemTasks { get; private set; }

    /// <summary>
    /// Guía §11 "Pestaña cambios y entregas": Visión general, Asignados a mí, Asignados a mis grupos, En mi equipo de
    /// trabajo, En mis grupos en equipo de trabajo.
    /// </summary>
    public IReadOnlyList<(ChangeView View, ChangeCounters Counters)> ChangeViews { get; private set; } = [];

    public (int Mine, int Groups) ChangeTasks { get; private set; }

    /// <summary>Guía §11 "Mis tareas": the open activities, milestones and tasks, mine and my groups'.</summary>
    public IReadOnlyDictionary<TaskView, TaskCounters> WorkTasks { get; private set; } = new Dictionary<TaskView, TaskCounters>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        Alerts = await alerts.ShowingAsync(actor, ct);
        NewArticles = await knowledge.ChangedLatelyAsync(actor, KnowledgeDays, KnowledgeShown, ct);
        var problemCounters = await problems.CountersAsync(actor, ct);
        ProblemViews = [.. problemCounters.Where(v => v.Key != ProblemView.MyGroups || actor.MemberOf.Count + actor.Supervises.Count > 0)
            .Select(v => (v.Key, v.Value))];
        var changeCounters = await changes.CountersAsync(actor, ct);
        var inGroups = actor.MemberOf.Count + actor.Supervises.Count > 0;
        ChangeViews = [.. changeCounters.Where(v => inGroups || v.Key is not (ChangeView.MyGroups or ChangeView.MyGroupsTeam))
            .Select(v => (v.Key, v.Value))];
        ChangeTasks = (changeCounters[ChangeView.AssignedToMe].ByState.Values.Sum(), changeCounters[ChangeView.MyGroups].ByState.Values.Sum());
        WorkTasks = await tasks.CountersAsync(actor, ct);
        var counters = await queries.CountersAsync(actor, ct);
        TicketTasks = (counters[TicketListView.AssignedToMe].ByState.Values.Sum(), counters[TicketListView.MyGroups].ByState.Values.Sum());
        ProblemTasks = (problemCounters[ProblemView.AssignedToMe].ByState.Values.Sum(), problemCounters[ProblemView.MyGroups].ByState.Values.Sum());
        var views = new List<PanelView>
        {
            new(TicketListView.AllOpen, counters[TicketListView.AllOpen]),
            new(TicketListView.FirstLine, counters[TicketListView.FirstLine]),
            new(TicketListView.AssignedToMe, counters[TicketListView.AssignedToMe]),
        };
        // "Bajo mi supervisión" only for supervisors, "Asignadas a mis grupos" only for group members (Guía §11).
        if (actor.Supervises.Count > 0 || actor.IsAdmin)
            views.Add(new(TicketListView.Supervised, counters[TicketListView.Supervised]));
        if (actor.MemberOf.Count > 0)
            views.Add(new(TicketListView.MyGroups, counters[TicketListView.MyGroups]));
        Views = views;
        ShowsUnplaced = actor.IsAdmin || actor.Supervises.Count > 0;
        if (ShowsUnplaced) Unplaced = await queries.UnplacedAsync(actor, UnplacedShown, ct);
    }

    public sealed record PanelView(TicketListView View, ViewCounters Counters)
    {
        public string Slug => TicketListLinks.Slug(View);
    }
}
