using Mesa.Core.Common;
using Mesa.Core.People;

namespace Mesa.Core.Tasks;

/// <summary>
/// Guía §11 "Mis tareas" (activities, milestones and tasks): a piece of work on an incident or request, a problem or a
/// change, for an agent or a group, with a due date and its place in the order; it may wait for other tasks of the
/// same record. A change's plan is its list of activities.
/// </summary>
public sealed class WorkTask
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4_000;

    private readonly List<long> _after = [];
    private readonly List<WorkTaskEvent> _events = [];

    private WorkTask()
    {
    }

    public WorkTask(TaskParent parent, WorkTaskKind kind, string? title, string? description, long? groupId, long? agentId,
        DateTimeOffset? dueAt, int order, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        (ParentKind, ParentId) = (parent.Kind, parent.Id);
        Kind = kind;
        Title = RecordText.Text("title", title, TitleMaxLength, required: true)!;
        Description = RecordText.Text("description", description, TextMaxLength, required: false);
        // A milestone is a date to reach, not work for someone.
        if (kind != WorkTaskKind.Milestone && groupId is null && agentId is null)
            throw new InputException("agent", Rules.TaskNeedsAssignee);
        GroupId = groupId;
        AgentId = agentId;
        DueAt = dueAt;
        Order = order;
        State = WorkTaskState.Open;
        CreatedById = by.Id;
        CreatedAt = at;
        UpdatedAt = at;
        _events.Add(new WorkTaskEvent(WorkTaskEventKind.Created, by.Id, at, null, State, null));
    }

    public long Id { get; private set; }

    /// <summary>The record the task belongs to.</summary>
    public TaskParent Parent => new(ParentKind, ParentId);

    public TaskParentKind ParentKind { get; private set; }

    public long ParentId { get; private set; }

    public WorkTaskKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public long? GroupId { get; private set; }

    public long? AgentId { get; private set; }

    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>Its place in the record's list (a change's plan reads in this order).</summary>
    public int Order { get; private set; }

    public WorkTaskState State { get; private set; }

    public long CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    /// <summary>The tasks of the same record this one waits for.</summary>
    public IReadOnlyList<long> After => _after;

    public bool IsOpen => State is WorkTaskState.Open or WorkTaskState.InProgress;

    public long Version { get; private set; } = 1;

    public IReadOnlyList<WorkTaskEvent> Events => _events;

    /// <summary>Gives an open task to another agent or group, with the reason.</summary>
    public void Reassign(long? groupId, long? agentId, string? note, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var reason = RecordText.Note(note);
        Guard.Require(IsOpen, Rules.TaskTransitionNotAllowed, State, State);
        if (Kind != WorkTaskKind.Milestone && groupId is null && agentId is null)
            throw new InputException("agent", Rules.TaskNeedsAssignee);
        (GroupId, AgentId) = (groupId, agentId);
        Record(WorkTaskEventKind.Reassigned, State, reason, by, at);
    }

    /// <summary>
    /// This task waits for another of the same record; a wait that would close a circle (A after B after A) is refused.
    /// </summary>
    public void WaitFor(WorkTask other, IReadOnlyCollection<WorkTask> siblings, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Guard.Require(other.Parent == Parent && other.Id != Id, Rules.TaskDependencyNotSibling);
        if (_after.Contains(other.Id)) return;
        Guard.Require(!Reaches(other, Id, siblings.ToDictionary(t => t.Id)), Rules.TaskDependencyCircle, other.Title);
        _after.Add(other.Id);
        Record(WorkTaskEventKind.WaitsFor, State, other.Title, by, at);
    }

    public void Start(IReadOnlyCollection<WorkTask> siblings, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Guard.Require(State == WorkTaskState.Open, Rules.TaskTransitionNotAllowed, State, WorkTaskState.InProgress);
        RequirePredecessorsDone(siblings);
        Record(WorkTaskEventKind.Started, WorkTaskState.InProgress, null, by, at);
    }

    public void Complete(IReadOnlyCollection<WorkTask> siblings, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Guard.Require(IsOpen, Rules.TaskTransitionNotAllowed, State, WorkTaskState.Done);
        RequirePredecessorsDone(siblings);
        DoneAt = at;
        Record(WorkTaskEventKind.Done, WorkTaskState.Done, null, by, at);
    }

    public void Cancel(string? note, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var reason = RecordText.Note(note);
        Guard.Require(IsOpen, Rules.TaskTransitionNotAllowed, State, WorkTaskState.Cancelled);
        Record(WorkTaskEventKind.Cancelled, WorkTaskState.Cancelled, reason, by, at);
    }

    /// <summary>
    /// A record may close only when none of its tasks is open (Guía §11: the work a record carries is part of it);
    /// the refusal names the first open one.
    /// </summary>
    public static void RequireNoneOpen(IEnumerable<WorkTask> tasks)
    {
        var open = tasks.Where(t => t.IsOpen).OrderBy(t => t.Order).ToList();
        Guard.Require(open.Count == 0, Rules.OpenTasks, open.Count, open.FirstOrDefault()?.Title ?? "");
    }

    private void RequirePredecessorsDone(IReadOnlyCollection<WorkTask> siblings)
    {
        var waiting = siblings.FirstOrDefault(t => _after.Contains(t.Id) && t.State != WorkTaskState.Done && t.State != WorkTaskState.Cancelled);
        Guard.Require(waiting is null, Rules.TaskWaitsFor, waiting?.Title ?? "");
    }

    private void Record(WorkTaskEventKind kind, WorkTaskState to, string? note, Actor by, DateTimeOffset at)
    {
        _events.Add(new WorkTaskEvent(kind, by.Id, at, State, to, note));
        State = to;
        UpdatedAt = at;
        Version++;
    }

    /// <summary>Whether <paramref name="from"/> waits, directly or through others, for the task <paramref name="target"/>.</summary>
    private static bool Reaches(WorkTask from, long target, Dictionary<long, WorkTask> tasks)
    {
        var seen = new HashSet<long>();
        var pending = new Stack<long>([from.Id]);
        while (pending.TryPop(out var id))
        {
            if (id == target) return true;
            if (!seen.Add(id) || !tasks.TryGetValue(id, out var task)) continue;
            foreach (var next in task._after) pending.Push(next);
        }

        return false;
    }
}

/// <summary>The record a task belongs to.</summary>
public readonly record struct TaskParent(TaskParentKind Kind, long Id);

public enum TaskParentKind
{
    Ticket,
    Problem,
    Change,
}

/// <summary>Guía §11 "Mis tareas": activities (a change's plan), milestones, tasks.</summary>
public enum WorkTaskKind
{
    Task,
    Activity,
    Milestone,
}

public enum WorkTaskState
{
    Open,
    InProgress,
    Done,
    Cancelled,
}
