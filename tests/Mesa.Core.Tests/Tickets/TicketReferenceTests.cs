using Mesa.Core.Common;
using Mesa.Core.Knowledge;
using Mesa.Core.Problems;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Tickets;

/// <summary>Guía §11.5 "Información adicional": a ticket cites knowledge articles and is a case of problems.</summary>
public sealed class TicketReferenceTests
{
    private static KnowledgeArticle Article() =>
        new KnowledgeArticle("Hojas en blanco", "Retire el papel.", null, KnowledgeAudience.Public, null, Agente1,
            At("2026-03-01 09:00")).WithId(12);

    private static Problem PrinterProblem() =>
        new Problem("Impresora piso 3", "Hojas en blanco.", Agente1, At("2026-03-01 09:00")).WithId(7);

    [Fact]
    public void Linking_an_article_shows_in_the_ticket_and_its_history()
    {
        var ticket = A.Ticket().Build().WithId(1);
        var version = ticket.Version;

        ticket.LinkArticle(Article(), Agente1, At("2026-03-02 09:00"));

        var link = ticket.References.Single();
        Assert.Equal((TicketReferenceKind.Article, 12L), (link.Kind, link.TargetId));
        Assert.Equal((Ticket.ArticleField, "KB-12 Hojas en blanco"), (ticket.Events.Last().Field, ticket.Events.Last().NewValue));
        Assert.False(ticket.Events.Last().Published);
        Assert.Equal(version + 1, ticket.Version);
    }

    [Fact] // Even a closed incident may prove to be a case of a problem; unlinking leaves its own line
    public void Linking_and_unlinking_a_problem_are_both_in_the_history()
    {
        var ticket = A.Ticket().Build().WithId(1);
        var problem = PrinterProblem();

        ticket.LinkProblem(problem, Agente1, At("2026-03-02 09:00"));
        ticket.UnlinkProblem(problem, Agente1, At("2026-03-02 09:10"));

        Assert.Empty(ticket.References);
        Assert.Equal((Ticket.ProblemField, "PRB-7 Impresora piso 3", (string?)null),
            (ticket.Events.Last().Field, ticket.Events.Last().OldValue, ticket.Events.Last().NewValue));
    }

    [Fact]
    public void Linking_twice_a_retired_article_or_by_a_requester_is_refused()
    {
        var ticket = A.Ticket().Build().WithId(1);
        var article = Article();
        ticket.LinkArticle(article, Agente1, At("2026-03-02 09:00"));

        Rule.BadInput("code", Rules.AlreadyLinked, () => ticket.LinkArticle(article, Agente1, At("2026-03-02 09:01")));
        Rule.Broken(Rules.StaffOnly, () => ticket.LinkProblem(PrinterProblem(), Usuario1, At("2026-03-02 09:01")));
        var retired = Article().WithId(13);
        retired.Retire(Agente1, At("2026-03-02 09:00"));
        Rule.BadInput("code", Rules.ArticleRetired, () => ticket.LinkArticle(retired, Agente1, At("2026-03-02 09:02")));
        Assert.Throws<NotFoundException>(() => ticket.UnlinkProblem(PrinterProblem(), Agente1, At("2026-03-02 09:03")));
    }
}
