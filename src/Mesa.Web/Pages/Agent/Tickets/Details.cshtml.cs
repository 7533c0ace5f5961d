using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Mesa.Web.Api;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Tickets;

/// <summary>
/// Guía §14 "Gestión de la Incidencia o Petición": the ticket form with its tabs (Resumen, General, Investigación,
/// Cierre, Información adicional). Every button posts to one handler that calls one <see cref="TicketService"/> method; a rule the ticket
/// breaks comes back as a message and the form keeps what was typed.
/// </summary>
public sealed class DetailsModel(TicketQueries queries, TicketService tickets, TicketChoices choices, SlaQueries sla,
    Core.Knowledge.KnowledgeBase knowledge, IStringLocalizer<Ui> text, Microsoft.Extensions.Options.IOptions<MesaSettings> settings,
    TicketFiles files, Core.Changes.ChangeService changes, Core.Tasks.TaskService tasks,
    Core.CustomFields.TicketCustomFields customFields, Core.Following.TicketFollowing following,
    Core.Responses.PreparedAnswers answers) : ConsolePage
{
    public static readonly string[] Tabs = ["summary", "general", "investigation", "closure", "additional"];

    [FromRoute]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tab { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Edit { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public GeneralForm General { get; set; } = new();

    [BindProperty]
    public AssignForm Assign { get; set; } = new();

    [BindProperty]
    public NoteForm Transition { get; set; } = new();

    [BindProperty]
    public SubstateForm Substate { get; set; } = new();

    [BindProperty]
    public ActionForm Action { get; set; } = new();

    [BindProperty]
    public AttachmentForm Upload { get; set; } = new();

    /// <summary>This ticket is a duplicate of another, given by code.</summary>
    [BindProperty]
    public MergeForm Merge { get; set; } = new();

    /// <summary>A part of this ticket's request becomes a ticket of its own.</summary>
    [BindProperty]
    public SplitForm Split { get; set; } = new();

    /// <summary>The ticket's service asks for the minutes of every action.</summary>
    public bool TimeSpentRequired { get; private set; }

    /// <summary>The prepared answer chosen to start the action's text with, filled for this ticket.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Answer { get; set; }

    /// <summary>The prepared answers the agent may use (personal and of their groups).</summary>
    public IReadOnlyList<Core.Responses.PreparedAnswers.AnswerView> PreparedAnswers { get; private set; } = [];

    /// <summary>Whether the agent follows the ticket: its changes reach their bell.</summary>
    public bool Following { get; private set; }

    /// <summary>A mail held because its sender could not be verified: which, and why it is discarded.</summary>
    [BindProperty]
    public HeldMailForm HeldMail { get; set; } = new();

    /// <summary>Guía §14 Información adicional: the code of the ticket to relate, or the id of the one to unrelate.</summary>
    [BindProperty]
    public RelationForm Relation { get; set; } = new();

    public IReadOnlyList<RelatedTicket> Related { get; private set; } = [];

    /// <summary>Guía §11.5: the code of the knowledge article or problem to link or unlink.</summary>
    [BindProperty]
    public RelationForm Reference { get; set; } = new();

    public IReadOnlyList<LinkedArticle> Articles { get; private set; } = [];

    /// <summary>Articles whose words match the ticket's title, not yet linked: the agent links one in a click.</summary>
    public IReadOnlyList<Core.Knowledge.ArticleSummary> SuggestedArticles { get; private set; } = [];

    public IReadOnlyList<LinkedProblem> Problems { get; private set; } = [];

    /// <summary>The changes (RFC) that solve the ticket (Guía §5), linked from the change.</summary>
    public IReadOnlyList<Core.Changes.ChangeSummary> Changes { get; private set; } = [];

    /// <summary>Guía §11 "Mis tareas": the ticket's tasks.</summary>
    public IReadOnlyList<Core.Tasks.TaskSummary> Tasks { get; private set; } = [];

    /// <summary>The template's answers as the agent corrects them, in the ticket's order.</summary>
    [BindProperty]
    public List<string?> CustomFields { get; set; } = [];

    /// <summary>
    /// Guía §14.5: the custom fields' values as the agent sets them, by name. Named explicitly, so that a post without
    /// any (another form of the page) leaves it empty instead of binding the whole form as its entries.
    /// </summary>
    [BindProperty(Name = nameof(CustomValues))]
    public Dictionary<string, string?> CustomValues { get; set; } = [];

    /// <summary>Every custom field by name, retired ones too: to tell the history in words.</summary>
    public IReadOnlyDictionary<string, Core.CustomFields.CustomField> CustomFieldsByName { get; private set; } =
        new Dictionary<string, Core.CustomFields.CustomField>();

    /// <summary>The custom fields the ticket carries (by type and classification) or holds a value of, in order.</summary>
    public IReadOnlyList<Core.CustomFields.CustomField> TicketCustomFields { get; private set; } = [];

    /// <summary>The held value of a custom field, or what the agent typed when the form comes back with an error.</summary>
    public CustomFieldsView CustomFieldInputs => new(TicketCustomFields.Where(f => f.Active).ToList(),
        FailedForm == nameof(CustomFields)
            ? CustomValues
            : Ticket.CustomFields.ToDictionary(e => e.Name, e => (string?)e.Value),
        nameof(CustomValues), "CustomFields.CustomFields");

    /// <summary>Guía §14 "Información adicional": the ticket's files.</summary>
    public AttachmentsPanel Attachments { get; private set; } = null!;

    public TicketDetails Ticket { get; private set; } = null!;

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public IReadOnlyList<ActionEntry> Actions { get; private set; } = [];

    public SlaExplanation? Sla { get; private set; }

    public IReadOnlyList<GroupChoice> Groups { get; private set; } = [];

    public IReadOnlyList<ServiceChoice> Catalog { get; private set; } = [];

    public IReadOnlyList<string> Locations { get; private set; } = [];

    public IReadOnlyList<SubstateSummary> Substates { get; private set; } = [];

    /// <summary>Every substate's name by code, to tell the history and the clock's stops in words.</summary>
    public IReadOnlyDictionary<string, string> SubstateNames { get; private set; } = new Dictionary<string, string>();

    public string SubstateName(string? code) => code is null ? "—" : SubstateNames.GetValueOrDefault(code, code);

    /// <summary>Which form failed, so that the page opens it again with its message.</summary>
    public string? FailedForm { get; private set; }

    public string CurrentTab => Tabs.Contains(Tab) ? Tab! : "summary";

    /// <summary>How many times the ticket went to a group (Guía §14.1 "si ha sido escalada").</summary>
    public int Assignments => History.Count(h => h.Kind == TicketEventKind.Assigned);

    /// <summary>Why "1ª Respuesta usuario" is no longer offered, to say so beside it (Guía §14.3: once per ticket).</summary>
    public bool FirstResponseGiven => Ticket.FirstResponseAt is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Version = Ticket.Version;
        General = GeneralForm.From(Ticket);
        // A prepared answer starts the action's text, filled for this ticket; the agent reads and completes it.
        if (Answer is { } chosen && CurrentTab == "investigation")
        {
            var actor = await ActorAsync();
            if (!await TryAsync(async () => Action.Text = await answers.FillAsync(actor, chosen, Id, ct), prefix: nameof(Action)))
                FailedForm = nameof(Action);
        }

        return Page();
    }

    public Task<IActionResult> OnPostUpdateAsync(CancellationToken ct) => ActAsync("general", nameof(General),
        async actor => await tickets.UpdateAsync(actor, Id, General.ToChanges(), Version, ct),
        "Ticket.Saved", edit: true, ct);

    public Task<IActionResult> OnPostAssignAsync(CancellationToken ct) => ActAsync(Tab ?? "general", nameof(Assign),
        async actor => await tickets.AssignAsync(actor, Id, Assign.Group ?? "", Blank(Assign.Agent),
            Assign.Note, Version, ct), "Ticket.Assigned", edit: false, ct);

    public Task<IActionResult> OnPostRevokeAsync(CancellationToken ct) => ActAsync(Tab ?? "general", nameof(Transition),
        async actor => await tickets.RevokeAsync(actor, Id, Transition.Note, Version, ct), "Ticket.Revoked", edit: false, ct);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) => ActAsync(Tab ?? "general", nameof(Transition),
        async actor => await tickets.RejectAsync(actor, Id, Transition.Note, Version, ct), "Ticket.Rejected", edit: false, ct);

    public Task<IActionResult> OnPostCloseFirstLineAsync(CancellationToken ct) => ActAsync(Tab ?? "general",
        nameof(Transition),
        async actor => await tickets.CloseAtFirstLineAsync(actor, Id, Transition.Note, Version, ct),
        "Ticket.ClosedFirstLine", edit: false, ct);

    public Task<IActionResult> OnPostSubstateAsync(CancellationToken ct) => ActAsync(Tab ?? "investigation",
        nameof(Substate),
        async actor => await tickets.SetSubstateAsync(actor, Id, Blank(Substate.Code), Substate.Note, Version, ct),
        "Ticket.SubstateChanged", edit: false, ct);

    public Task<IActionResult> OnPostActionAsync(CancellationToken ct) => ActAsync("investigation", nameof(Action),
        async actor =>
        {
            var kind = FormValues.Enum<TicketActionKind>("kind", Action.Kind);
            if (kind == TicketActionKind.UserReply) throw new InputException("kind", Rules.InvalidValue, Action.Kind ?? "");
            await tickets.AddActionAsync(actor, Id, kind, Action.Text, Action.Published, Version, ct,
                minutesSpent: Action.MinutesSpent);
        }, "Ticket.ActionAdded", edit: false, ct);

    /// <summary>The duplicate closes; the agent goes on to the ticket that continues.</summary>
    public async Task<IActionResult> OnPostMergeAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        Ticket? merged = null;
        if (await TryAsync(async () => merged = await tickets.MergeAsync(actor, Id, Merge.Into, Merge.Note, Version, ct),
                prefix: nameof(Merge)))
        {
            Flash(text["Ticket.Merged", merged!.MergedInto!.Code]);
            return RedirectToPage(new { id = merged.MergedIntoId, tab = "summary" });
        }

        return await FailedAsync("additional", nameof(Merge), ct);
    }

    /// <summary>The new part opens, with its own code and the original's registration instant.</summary>
    public async Task<IActionResult> OnPostSplitAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        Ticket? part = null;
        if (await TryAsync(async () => part = await tickets.SplitAsync(actor, Id, Split.Title, Split.Description, Split.Note,
                Version, ct), prefix: nameof(Split)))
        {
            Flash(text["Ticket.SplitDone", part!.Code]);
            return RedirectToPage(new { id = part.Id, tab = "summary" });
        }

        return await FailedAsync("additional", nameof(Split), ct);
    }

    public Task<IActionResult> OnPostFollowAsync(CancellationToken ct) =>
        FollowAsync(actor => following.FollowAsync(actor, Id, ct), "Ticket.Followed");

    public Task<IActionResult> OnPostUnfollowAsync(CancellationToken ct) =>
        FollowAsync(actor => following.UnfollowAsync(actor, Id, ct), "Ticket.Unfollowed");

    /// <summary>Following is the agent's own: done, it says so; a ticket they may not see is not there.</summary>
    private async Task<IActionResult> FollowAsync(Func<Core.People.Actor, Task> change, string doneKey)
    {
        var actor = await ActorAsync();
        if (!await TryAsync(() => change(actor), prefix: "")) return NotFound();
        Flash(text[doneKey]);
        return RedirectToPage(new { id = Id, tab = "summary" });
    }

    public Task<IActionResult> OnPostAcceptMailAsync(CancellationToken ct) => ActAsync("investigation", nameof(HeldMail),
        async actor => await tickets.AcceptMailAsync(actor, Id, HeldMail.ActionId, Version, ct), "Ticket.MailAccepted",
        edit: false, ct);

    public Task<IActionResult> OnPostDiscardMailAsync(CancellationToken ct) => ActAsync("investigation", nameof(HeldMail),
        async actor => await tickets.DiscardMailAsync(actor, Id, HeldMail.ActionId, HeldMail.Note, Version, ct),
        "Ticket.MailDiscarded", edit: false, ct);

    public Task<IActionResult> OnPostFieldsAsync(CancellationToken ct) => ActAsync("additional", nameof(CustomFields),
        async actor =>
        {
            var ticket = await queries.GetAsync(actor, Id, ct);
            var changes = ticket.Fields.Select((field, i) => (field.Label, Value: i < CustomFields.Count ? CustomFields[i] : null))
                .ToDictionary(f => f.Label, f => f.Value ?? "");
            // Only what the agent changed is sent: an untouched value of a retired field stays as it is.
            var held = ticket.CustomFields.ToDictionary(e => e.Name, e => e.Value);
            var custom = CustomValues.Where(v => (string.IsNullOrWhiteSpace(v.Value) ? null : v.Value.Trim()) != held.GetValueOrDefault(v.Key))
                .ToDictionary(v => v.Key, v => v.Value);
            await tickets.UpdateAsync(actor, Id, new TicketChanges(Fields: changes) { CustomFields = custom }, Version, ct);
        }, "Ticket.Saved", edit: true, ct);

    public Task<IActionResult> OnPostRelateAsync(CancellationToken ct) => ActAsync("additional", nameof(Relation),
        async actor => await tickets.RelateAsync(actor, Id, Relation.Code, Version, ct), "Ticket.Related",
        edit: false, ct);

    public Task<IActionResult> OnPostUnrelateAsync(CancellationToken ct) => ActAsync("additional", nameof(Relation),
        async actor => await tickets.UnrelateAsync(actor, Id, Relation.Code, Version, ct), "Ticket.Unrelated",
        edit: false, ct);

    public Task<IActionResult> OnPostLinkArticleAsync(CancellationToken ct) => ActAsync("additional", "Article",
        async actor => await tickets.LinkArticleAsync(actor, Id, Reference.Code, Version, ct), "Ticket.ArticleLinked",
        edit: false, ct);

    public Task<IActionResult> OnPostUnlinkArticleAsync(CancellationToken ct) => ActAsync("additional", "Article",
        async actor => await tickets.UnlinkArticleAsync(actor, Id, Reference.Code, Version, ct),
        "Ticket.ArticleUnlinked", edit: false, ct);

    public Task<IActionResult> OnPostLinkProblemAsync(CancellationToken ct) => ActAsync("additional", "Problem",
        async actor => await tickets.LinkProblemAsync(actor, Id, Reference.Code, Version, ct), "Ticket.ProblemLinked",
        edit: false, ct);

    public Task<IActionResult> OnPostUnlinkProblemAsync(CancellationToken ct) => ActAsync("additional", "Problem",
        async actor => await tickets.UnlinkProblemAsync(actor, Id, Reference.Code, Version, ct),
        "Ticket.ProblemUnlinked", edit: false, ct);

    public Task<IActionResult> OnPostAttachAsync(CancellationToken ct) => ActAsync("additional", nameof(Upload),
        actor => files.AttachAsync(actor, Id, Upload, Version, ct), "Attachments.Added", edit: false, ct);

    public async Task<IActionResult> OnGetAttachmentAsync(long attachmentId, CancellationToken ct) =>
        await files.DownloadAsync(Response, await ActorAsync(), Id, attachmentId, ct);

    /// <summary>Guía §15.1 "informe PDF del registro", as its requester would receive it.</summary>
    public async Task<IActionResult> OnGetReportAsync(CancellationToken ct) =>
        await files.ReportAsync(await ActorAsync(), Id, ct);

    private async Task<IActionResult> ActAsync(string tab, string form, Func<Core.People.Actor, Task> act,
        string doneKey, bool edit, CancellationToken ct)
    {
        var actor = await ActorAsync();
        if (await TryAsync(() => act(actor), prefix: form))
        {
            Flash(text[doneKey]);
            return RedirectToPage(new { id = Id, tab });
        }

        return await FailedAsync(tab, form, ct, edit);
    }

    /// <summary>The page again, on the form that failed, with its messages and what was typed.</summary>
    private async Task<IActionResult> FailedAsync(string tab, string form, CancellationToken ct, bool edit = false)
    {
        FailedForm = form;
        Tab = tab;
        Edit = edit;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        TicketRef key = Id;
        try
        {
            Ticket = await queries.GetAsync(actor, key, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        // Only the open tab is drawn, so only what it shows is read (the summary tab, the one agents open most, in
        // half the queries the whole form would take).
        switch (CurrentTab)
        {
            case "general":
                Groups = await choices.GroupsAsync(ct);
                Catalog = await choices.CatalogAsync(ct);
                Locations = await choices.LocationsAsync(ct);
                break;
            case "investigation":
                Actions = await queries.ActionsAsync(actor, key, ct);
                Substates = await choices.ManualSubstatesAsync(ct);
                TimeSpentRequired = await queries.RequiresTimeSpentAsync(Ticket.Id, ct);
                PreparedAnswers = await answers.UsableAsync(actor, null, ct);
                break;
            case "additional":
                await LoadCustomFieldsAsync(ct);
                Related = await queries.RelatedAsync(actor, key, ct);
                Articles = await queries.ArticlesAsync(actor, key, ct);
                Problems = await queries.ProblemsAsync(actor, key, ct);
                Changes = await changes.OfTicketAsync(Ticket.Id, ct);
                Tasks = await tasks.OfAsync(new Core.Tasks.TaskParent(Core.Tasks.TaskParentKind.Ticket, Ticket.Id), ct);
                var linked = Articles.Select(a => a.Id).ToHashSet();
                SuggestedArticles = (await knowledge.SuggestAsync(actor, Ticket.Title, 4, ct))
                    .Where(a => !linked.Contains(a.Id)).Take(3).ToList();
                Attachments = new AttachmentsPanel(await queries.AttachmentsAsync(actor, key, ct),
                    $"/agent/tickets/{Id}?handler=Attachment&attachmentId=", Ticket.May(TicketCommand.Attach),
                    ForStaff: true, Ticket.Version, settings.Value.AttachmentMaxMegabytes);
                break;
            case "summary":
                History = await queries.HistoryAsync(actor, key, ct);
                Sla = await sla.ExplainAsync(actor, key, ct);
                SubstateNames = (await choices.SubstatesAsync(ct)).ToDictionary(s => s.Code, s => s.Name);
                await LoadCustomFieldsAsync(ct);
                Following = await following.FollowsAsync(actor, Ticket.Id, ct);
                break;
        }

        return true;
    }

    private async Task LoadCustomFieldsAsync(CancellationToken ct)
    {
        var all = await customFields.AllAsync(ct);
        CustomFieldsByName = all.ToDictionary(f => f.Name);
        var held = Ticket.CustomFields.Select(e => e.Name).ToHashSet();
        TicketCustomFields = all.Where(f => held.Contains(f.Name) || f.AppliesTo(Ticket)).ToList();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>The General tab's editable fields (Guía §14.2).</summary>
    public sealed class GeneralForm
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Type { get; set; }
        /// <summary>The service and the category chosen together from the tree (see <see cref="Classification"/>).</summary>
        public string? Classification { get; set; }
        /// <summary>"Notificado por": the requester's user name.</summary>
        public string? Requester { get; set; }
        /// <summary>"Localización / Cliente" as a path; empty for none.</summary>
        public string? Location { get; set; }
        public string? Impact { get; set; }
        public string? Urgency { get; set; }
        public string? FirstLineService { get; set; }

        /// <summary>Guía §14.2 "Otros usuarios informados", each with its four checkboxes; one empty row adds a person.</summary>
        public List<InformedRow> Informed { get; set; } = [];

        public static GeneralForm From(TicketDetails t) => new()
        {
            Title = t.Title,
            Description = t.Description,
            Type = ApiEnums.Name(t.Type),
            Classification = Common.Classification.Value(t.Service, t.Category),
            Location = t.Location,
            Requester = t.Requester.UserName,
            Impact = ApiEnums.Name(t.Impact),
            Urgency = ApiEnums.Name(t.Urgency),
            FirstLineService = t.FirstLineService,
            Informed = [.. t.InformedUsers.Select(i => new InformedRow
            {
                UserName = i.UserName,
                OnCreation = i.OnCreation,
                OnActions = i.OnActions,
                OnResolution = i.OnResolution,
                OnClosure = i.OnClosure,
            }), new InformedRow()],
        };

        public TicketChanges ToChanges() => new(
            Title ?? "",
            Description ?? "",
            FormValues.Enum<TicketType>("type", Type),
            Common.Classification.Service(Classification) ?? "",
            Common.Classification.Category(Classification) ?? "",
            FormValues.Enum<Level>("impact", Impact),
            FormValues.Enum<Level>("urgency", Urgency),
            FirstLineService ?? "",
            Informed.Where(r => !r.Remove && !string.IsNullOrWhiteSpace(r.UserName))
                .Select(r => new InformedUserInput(r.UserName!.Trim(), r.OnCreation, r.OnActions, r.OnResolution, r.OnClosure))
                .ToList(),
            Location ?? "",
            Requester);
    }

    public sealed class InformedRow
    {
        public string? UserName { get; set; }
        public bool OnCreation { get; set; } = true;
        public bool OnActions { get; set; } = true;
        public bool OnResolution { get; set; } = true;
        public bool OnClosure { get; set; } = true;
        public bool Remove { get; set; }
    }

    public sealed class RelationForm
    {
        public string? Code { get; set; }
    }

    public sealed class AssignForm
    {
        public string? Group { get; set; }
        public string? Agent { get; set; }
        public string? Note { get; set; }
    }

    public sealed class NoteForm
    {
        public string? Note { get; set; }
    }

    public sealed class HeldMailForm
    {
        public long ActionId { get; set; }
        public string? Note { get; set; }
    }

    public sealed class SubstateForm
    {
        public string? Code { get; set; }
        public string? Note { get; set; }
    }

    public sealed class ActionForm
    {
        public string? Kind { get; set; }
        public string? Text { get; set; }
        public bool Published { get; set; }

        /// <summary>The minutes the action took (optional unless its service asks for them).</summary>
        public int? MinutesSpent { get; set; }
    }

    public sealed class MergeForm
    {
        /// <summary>The code (or id) of the ticket that continues.</summary>
        public string? Into { get; set; }
        public string? Note { get; set; }
    }

    public sealed class SplitForm
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Note { get; set; }
    }
}
