namespace Mesa.Core.Changes;

/// <summary>A problem that a change solves; the change holds the link, the problem's page lists the change.</summary>
public sealed class ChangeProblem
{
    private ChangeProblem()
    {
    }

    internal ChangeProblem(long problemId) => ProblemId = problemId;

    public long Id { get; private set; }

    public long ChangeId { get; private set; }

    public long ProblemId { get; private set; }
}
