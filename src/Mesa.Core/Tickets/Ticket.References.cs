using Mesa.Core.Common;
using Mesa.Core.Knowledge;
using Mesa.Core.People;
using Mesa.Core.Problems;

namespace Mesa.Core.Tickets;

/// <summary>
/// Guía §11.5 "Información adicional": the knowledge articles and the problems the ticket is related to. Linking and
/// unlinking are the agents' work, in any state of the ticket (a closed incident may prove to be one more case of a
/// problem), and each leaves a line in the history.
/// </summary>
public sealed partial class Ticket
{
    public const string ArticleField = "article";
    public const string ProblemField = "problem";
    public const string ChangeRequestField = "change";

    private readonly List<TicketReference> _references = [];

    public IReadOnlyCollection<TicketReference> References => _references;

    public void LinkArticle(KnowledgeArticle article, Actor by, DateTimeOffset at)
    {
        Require(by.IsStaff, Rules.StaffOnly);
        if (article.IsRetired) throw new InputException("code", Rules.ArticleRetired, article.Code);
        Link(TicketReferenceKind.Article, article.Id, ArticleField, $"{article.Code} {article.Title}", by, at);
    }

    public void UnlinkArticle(KnowledgeArticle article, Actor by, DateTimeOffset at) =>
        Unlink(TicketReferenceKind.Article, article.Id, ArticleField, $"{article.Code} {article.Title}", by, at);

    public void LinkProblem(Problem problem, Actor by, DateTimeOffset at)
    {
        Require(by.IsStaff, Rules.StaffOnly);
        Link(TicketReferenceKind.Problem, problem.Id, ProblemField, $"{problem.Code} {problem.Title}", by, at);
    }

    public void UnlinkProblem(Problem problem, Actor by, DateTimeOffset at) =>
        Unlink(TicketReferenceKind.Problem, problem.Id, ProblemField, $"{problem.Code} {problem.Title}", by, at);

    /// <summary>The change that solves the ticket (Guía §5 RFC); the change's page lists the ticket.</summary>
    public void LinkChange(Changes.ChangeRequest change, Actor by, DateTimeOffset at)
    {
        Require(by.IsStaff, Rules.StaffOnly);
        Link(TicketReferenceKind.Change, change.Id, ChangeRequestField, $"{change.Code} {change.Title}", by, at);
    }

    public void UnlinkChange(Changes.ChangeRequest change, Actor by, DateTimeOffset at) =>
        Unlink(TicketReferenceKind.Change, change.Id, ChangeRequestField, $"{change.Code} {change.Title}", by, at);

    private void Link(TicketReferenceKind kind, long targetId, string field, string label, Actor by, DateTimeOffset at)
    {
        if (_references.Any(r => r.Kind == kind && r.TargetId == targetId))
            throw new InputException("code", Rules.AlreadyLinked, label);
        _references.Add(new TicketReference(kind, targetId, by.Id, at));
        FieldChanged(field, null, label, by, at);
    }

    private void Unlink(TicketReferenceKind kind, long targetId, string field, string label, Actor by, DateTimeOffset at)
    {
        Require(by.IsStaff, Rules.StaffOnly);
        var link = _references.FirstOrDefault(r => r.Kind == kind && r.TargetId == targetId)
            ?? throw new NotFoundException(Rules.NotLinked, label);
        _references.Remove(link);
        FieldChanged(field, label, null, by, at);
    }
}
