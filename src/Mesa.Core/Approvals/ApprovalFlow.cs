using Mesa.Core.Common;
using Mesa.Core.People;

namespace Mesa.Core.Approvals;

/// <summary>
/// A request's approval flow (the guide's "Flujo de trabajo", §14.2): the steps a request of a template or a category
/// passes before it is assigned, in order, each decided by one person. Flows are never deleted, only deactivated; a
/// ticket keeps the steps it started with.
/// </summary>
public sealed class ApprovalFlow
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1_000;
    public const int MaxSteps = 5;

    /// <summary>A month of hours: an approval that waits longer has been forgotten, not decided.</summary>
    public const int MaxHours = 720;

    private readonly List<ApprovalFlowStep> _steps = [];

    private ApprovalFlow()
    {
    }

    public ApprovalFlow(ApprovalFlowDefinition definition, IReadOnlyDictionary<string, User> people) => Define(definition, people);

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public bool Active { get; private set; } = true;

    public IReadOnlyList<ApprovalFlowStep> Steps => _steps;

    /// <summary>
    /// Sets everything the administrator writes; the steps are replaced as a whole, in the order given.
    /// <paramref name="people"/> holds the named approvers, found by user name.
    /// </summary>
    public void Define(ApprovalFlowDefinition definition, IReadOnlyDictionary<string, User> people)
    {
        Name = InputText.Required("name", definition.Name, NameMaxLength);
        Description = InputText.Optional("description", definition.Description, DescriptionMaxLength);
        Active = definition.Active;
        if (definition.Steps.Count == 0) throw new InputException("steps", Rules.ApprovalFlowNeedsSteps);
        if (definition.Steps.Count > MaxSteps) throw new InputException("steps", Rules.ApprovalFlowTooManySteps, MaxSteps);

        var steps = definition.Steps.Select((step, index) => Step(index, step, people)).ToList();
        _steps.Clear();
        _steps.AddRange(steps);
    }

    private static ApprovalFlowStep Step(int index, ApprovalStepDefinition step, IReadOnlyDictionary<string, User> people)
    {
        var field = $"steps[{index}]";
        var name = InputText.Required($"{field}.name", step.Name, ApprovalFlowStep.NameMaxLength);
        User? person = null;
        if (step.Kind == ApproverKind.Person)
        {
            if (string.IsNullOrWhiteSpace(step.Person)) throw new InputException($"{field}.person", Rules.Required);
            if (!people.TryGetValue(step.Person.Trim(), out person))
                throw new InputException($"{field}.person", Rules.UnknownUser, step.Person.Trim());
        }
        else if (!string.IsNullOrWhiteSpace(step.Person))
        {
            throw new InputException($"{field}.person", Rules.ApprovalPersonOnlyForPersonStep);
        }

        Hours($"{field}.reminderHours", step.ReminderHours);
        Hours($"{field}.timeoutHours", step.TimeoutHours);
        if (step is { ReminderHours: { } remind, TimeoutHours: { } timeout } && remind >= timeout)
            throw new InputException($"{field}.reminderHours", Rules.ApprovalReminderAfterTimeout);
        return new ApprovalFlowStep(index + 1, name, step.Kind, person?.Id, step.ReminderHours, step.TimeoutHours, step.OnTimeout);
    }

    private static void Hours(string field, int? hours)
    {
        if (hours is < 1 or > MaxHours) throw new InputException(field, Rules.OutOfRange, 1, MaxHours);
    }
}

/// <summary>One step of a flow: who decides, when they are reminded, and what happens when they never answer.</summary>
public sealed class ApprovalFlowStep
{
    public const int NameMaxLength = 100;

    private ApprovalFlowStep()
    {
    }

    internal ApprovalFlowStep(int position, string name, ApproverKind kind, long? personId, int? reminderHours,
        int? timeoutHours, ApprovalTimeoutOutcome onTimeout)
    {
        Position = position;
        Name = name;
        Kind = kind;
        PersonId = personId;
        ReminderHours = reminderHours;
        TimeoutHours = timeoutHours;
        OnTimeout = onTimeout;
    }

    /// <summary>1, 2, …: the order in which the steps are asked.</summary>
    public int Position { get; private set; }

    public string Name { get; private set; } = "";

    public ApproverKind Kind { get; private set; }

    /// <summary>The approver of a <see cref="ApproverKind.Person"/> step.</summary>
    public long? PersonId { get; private set; }

    /// <summary>Every so many hours without a decision the approver is written to again; null: never.</summary>
    public int? ReminderHours { get; private set; }

    /// <summary>After so many hours without a decision the step decides <see cref="OnTimeout"/>; null: it waits.</summary>
    public int? TimeoutHours { get; private set; }

    public ApprovalTimeoutOutcome OnTimeout { get; private set; }
}

/// <summary>What an administrator writes for a flow.</summary>
public sealed record ApprovalFlowDefinition(string? Name, string? Description, bool Active, IReadOnlyList<ApprovalStepDefinition> Steps);

/// <summary>What an administrator writes for a step; <see cref="Person"/> is a user name.</summary>
public sealed record ApprovalStepDefinition(string? Name, ApproverKind Kind, string? Person, int? ReminderHours,
    int? TimeoutHours, ApprovalTimeoutOutcome OnTimeout);
