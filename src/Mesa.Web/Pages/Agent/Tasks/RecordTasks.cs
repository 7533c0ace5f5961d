using Mesa.Core.Tasks;

namespace Mesa.Web.Pages.Agent.Tasks;

/// <summary>The tasks of one record as its page shows them, with the form to add one when the record is open.</summary>
public sealed record RecordTasks(TaskParentKind Kind, long Id, string Code, IReadOnlyList<TaskSummary> Tasks, bool MayAdd,
    string ReturnUrl);
