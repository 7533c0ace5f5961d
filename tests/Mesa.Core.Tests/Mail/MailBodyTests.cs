using Mesa.Core.Mail;

namespace Mesa.Core.Tests.Mail;

/// <summary>A mail from the entity's address carries links to Mesa's own pages and to nothing a person wrote.</summary>
public sealed class MailBodyTests
{
    [Fact]
    public void Only_addresses_of_mesas_pages_become_links()
    {
        var html = MailBody.Html(
        [
            "Hola, Premio ganado: visite https://premios.example/reclamar",
            "Vea su caso en https://mesa.entidad.gov.co/portal/tickets/12",
            "Copia falsa: https://mesa.entidad.gov.co.example/portal",
        ], "https://mesa.entidad.gov.co/");

        Assert.Contains("<a href=\"https://mesa.entidad.gov.co/portal/tickets/12\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"https://premios.example", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"https://mesa.entidad.gov.co.example", html, StringComparison.Ordinal);
        Assert.Contains("https://premios.example/reclamar", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_a_person_wrote_is_text()
    {
        var html = MailBody.Html(["<a href=\"https://malo.example\">Clic</a> <script>x()</script>"], "https://mesa.entidad.gov.co");

        Assert.DoesNotContain("<a href=\"https://malo.example\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
