using Mesa.Core.Approvals;
using Mesa.Core.Common;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.ApprovalFlows;

/// <summary>
/// Guía §14.2 "Flujo de trabajo": the administrator writes a flow, its steps in order (who approves each, when they are
/// reminded, and what the step decides when nobody answers in time).
/// </summary>
public sealed class EditModel(Core.Approvals.ApprovalFlows flows, IStringLocalizer<Ui> text) : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public FlowForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            try
            {
                var flow = await flows.GetAsync(id, ct);
                Input = FlowForm.From(flow, await flows.PeopleOfAsync([flow], ct));
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }

        Input.Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await TryAsync(() => flows.SaveAsync(Id, Input.ToDefinition(), ct)))
        {
            Flash(text["Flows.Saved", Input.Name ?? ""]);
            return RedirectToPage("Index");
        }

        PlaceStepErrors();
        Input.Pad();
        return Page();
    }

    /// <summary>
    /// The domain numbers the steps it kept (rows with a name); an error about its step k belongs beside the k-th such
    /// row of the form, which may come later when an emptied row lies before it.
    /// </summary>
    private void PlaceStepErrors()
    {
        var rows = Input.Steps.Select((row, index) => (row, index)).Where(r => !r.row.IsBlank).Select(r => r.index).ToList();
        for (var k = rows.Count - 1; k >= 0; k--)
        {
            if (rows[k] == k) continue;
            foreach (var key in ModelState.Keys.Where(key => key.StartsWith($"Input.Steps[{k}]", StringComparison.Ordinal)).ToList())
            {
                var moved = $"Input.Steps[{rows[k]}]" + key[$"Input.Steps[{k}]".Length..];
                foreach (var error in ModelState[key]!.Errors.ToList()) ModelState.AddModelError(moved, error.ErrorMessage);
                ModelState.Remove(key);
            }
        }
    }

    public sealed class FlowForm
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public bool Active { get; set; } = true;
        public List<StepRow> Steps { get; set; } = [];

        public static FlowForm From(ApprovalFlow flow, IReadOnlyDictionary<long, string> people) => new()
        {
            Name = flow.Name,
            Description = flow.Description,
            Active = flow.Active,
            Steps = flow.Steps.OrderBy(s => s.Position).Select(s => new StepRow
            {
                Name = s.Name,
                Approver = s.Kind,
                Person = s.PersonId is { } id ? people.GetValueOrDefault(id) : null,
                ReminderHours = s.ReminderHours,
                TimeoutHours = s.TimeoutHours,
                OnTimeout = s.OnTimeout,
            }).ToList(),
        };

        /// <summary>Blank rows up to the most steps a flow may have.</summary>
        public void Pad()
        {
            while (Steps.Count < ApprovalFlow.MaxSteps) Steps.Add(new StepRow());
        }

        public ApprovalFlowDefinition ToDefinition() => new(Name, Description, Active,
            Steps.Where(s => !s.IsBlank)
                .Select(s => new ApprovalStepDefinition(s.Name, s.Approver, s.Person, s.ReminderHours, s.TimeoutHours, s.OnTimeout))
                .ToList());
    }

    public sealed class StepRow
    {
        public string? Name { get; set; }
        public ApproverKind Approver { get; set; }
        public string? Person { get; set; }
        public int? ReminderHours { get; set; }
        public int? TimeoutHours { get; set; }
        public ApprovalTimeoutOutcome OnTimeout { get; set; }

        /// <summary>A row without a name is an unused one.</summary>
        public bool IsBlank => string.IsNullOrWhiteSpace(Name);
    }
}
