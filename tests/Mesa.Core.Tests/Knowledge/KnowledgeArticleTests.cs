using Mesa.Core.Common;
using Mesa.Core.Knowledge;
using Mesa.Core.Tests.Support;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Knowledge;

/// <summary>Guía §5 "Base de datos de conocimiento": articles for users (self-help) and for agents.</summary>
public sealed class KnowledgeArticleTests
{
    [Fact] // Search ignores accents and case: the text is kept folded beside the original
    public void An_agent_writes_an_article_whose_words_are_searchable_without_accents()
    {
        var article = new KnowledgeArticle("  Impresión en blanco  ", "Abra la bandeja 2.\r\n\r\nRetire el papel.",
            "Impresora, atasco", KnowledgeAudience.Public, null, Agente1, At("2026-03-02 09:00"));

        Assert.Equal("Impresión en blanco", article.Title);
        Assert.Equal("Abra la bandeja 2.\n\nRetire el papel.", article.Body);
        Assert.Contains("impresion en blanco", article.SearchText, StringComparison.Ordinal);
        Assert.Contains("atasco", article.SearchText, StringComparison.Ordinal);
        Assert.Equal((Agente1.Id, At("2026-03-02 09:00")), (article.UpdatedById, article.UpdatedAt));
    }

    [Fact] // Guía §5: "accesibles tanto para usuarios … como para agentes": internal ones are for agents only
    public void Users_read_public_articles_and_agents_read_every_one()
    {
        var open = new KnowledgeArticle("VPN", "Pasos.", null, KnowledgeAudience.Public, null, Agente1, At("2026-03-02 09:00"));
        var inside = new KnowledgeArticle("Servidor", "Pasos.", null, KnowledgeAudience.Internal, null, Agente1, At("2026-03-02 09:00"));

        Assert.True(open.VisibleTo(Usuario1));
        Assert.False(inside.VisibleTo(Usuario1));
        Assert.True(inside.VisibleTo(Agente2));
        open.Retire(Agente2, At("2026-03-03 09:00"));
        Assert.False(open.VisibleTo(Usuario1));
        Assert.True(open.VisibleTo(Agente2));
    }

    [Fact] // A revision records who and when; the panel's Avisos read it
    public void A_revision_changes_the_text_and_who_last_changed_it_but_not_a_retired_article()
    {
        var article = new KnowledgeArticle("VPN", "Pasos.", null, KnowledgeAudience.Public, null, Agente1, At("2026-03-02 09:00"));

        article.Revise("VPN institucional", "Pasos nuevos.", "forticlient", KnowledgeAudience.Internal, 1, Agente2, At("2026-03-04 10:00"));

        Assert.Equal(("VPN institucional", KnowledgeAudience.Internal, 1L), (article.Title, article.Audience, article.ServiceId!.Value));
        Assert.Equal((Agente2.Id, At("2026-03-04 10:00")), (article.UpdatedById, article.UpdatedAt));
        Assert.Equal(Agente1.Id, article.CreatedById);
        article.Retire(Agente2, At("2026-03-05 10:00"));
        Rule.Broken(Rules.ArticleRetired, () => article.Revise("X", "Y", null, KnowledgeAudience.Public, null, Agente2, At("2026-03-05 11:00")));
    }

    [Fact] // Bad input changes nothing and says which field
    public void An_article_needs_a_title_and_a_text_and_only_agents_write_them()
    {
        Rule.BadInput("title", Rules.Required, () => _ = new KnowledgeArticle(" ", "Texto", null, KnowledgeAudience.Public, null, Agente1, At("2026-03-02 09:00")));
        Rule.BadInput("body", Rules.Required, () => _ = new KnowledgeArticle("Título", "", null, KnowledgeAudience.Public, null, Agente1, At("2026-03-02 09:00")));
        Rule.BadInput("title", Rules.TooLong, () => _ = new KnowledgeArticle(new string('a', 201), "Texto", null, KnowledgeAudience.Public, null, Agente1, At("2026-03-02 09:00")));
        Assert.Throws<ForbiddenException>(() => new KnowledgeArticle("Título", "Texto", null, KnowledgeAudience.Public, null, Usuario1, At("2026-03-02 09:00")));
    }

    [Theory] // People cite articles by code
    [InlineData("KB-12", 12L)]
    [InlineData("kb12", 12L)]
    [InlineData(" 12 ", 12L)]
    [InlineData("KB-", null)]
    [InlineData("PRB-12", null)]
    [InlineData("-3", null)]
    public void An_article_is_found_by_its_code(string text, long? id) => Assert.Equal(id, KnowledgeArticle.ParseCode(text));
}
