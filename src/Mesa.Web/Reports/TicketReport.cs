using System.Globalization;
using Mesa.Core.Attachments;
using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Reports;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Reports;

/// <summary>
/// Guía §15.1 "informe PDF del registro": the ticket's code, classification, dates and published history, in the
/// reader's language. Only what its requester may see goes in — no internal note, whoever asks — because the
/// report is made to leave the service desk.
/// </summary>
public sealed class TicketReport(TicketQueries queries, IReportRenderer renderer, Display show, IStringLocalizer<Ui> ui,
    IAttachmentStore store, IOptions<MesaSettings> settings)
{
    /// <summary>The report as a PDF file name and bytes, for a ticket the actor may see.</summary>
    public async Task<(string FileName, byte[] Content)> PdfAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        var ticket = await queries.GetAsync(by, ticketRef, ct);
        var actions = (await queries.ActionsAsync(by, ticketRef, ct)).Where(a => a.Published).ToList();
        var fileName = ui["Report.FileName", ticket.Code.Replace(' ', '-')].Value;
        return (fileName, renderer.Render(Document(ticket, actions)));
    }

    /// <summary>
    /// The report that goes with a Notificar message: in the organisation's language (like every e-mail), rendered
    /// once and stored like any attachment, so that a retry sends the same bytes and the ticket keeps what was sent.
    /// </summary>
    public async Task<NewAttachment> ForNoticeAsync(Actor by, TicketRef ticketRef, CancellationToken ct)
    {
        var culture = CultureInfo.GetCultureInfo(settings.Value.MailCulture);
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        try
        {
            var (fileName, content) = await PdfAsync(by, ticketRef, ct);
            using var bytes = new MemoryStream(content);
            return new NewAttachment(await store.SaveAsync(bytes, ct), fileName, "application/pdf");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    private ReportDocument Document(TicketDetails t, List<ActionEntry> actions)
    {
        var facts = new List<ReportFact>
        {
            Fact("Field.Type", show.Name(t.Type)),
            Fact("Field.State", show.State(t) + (t.Substate is { } s ? $" · {s.Name}" : "")),
            Fact("Field.Origin", show.Name(t.Origin)),
            Fact("Field.CreatedAt", show.Date(t.CreatedAt)),
            Fact("Field.Requester", t.Requester.DisplayName),
            Fact("Field.Service", t.Service ?? "—"),
            Fact("Field.Category", t.Category ?? "—"),
            Fact("Field.Impact", show.Name(t.Impact)),
            Fact("Field.Urgency", show.Name(t.Urgency)),
            Fact("Field.Priority", show.Name(t.Priority)),
            Fact("Field.Group", t.Group ?? "—"),
            Fact("Field.Agent", t.Agent ?? "—"),
            Fact("Field.ResponseDue", show.Date(t.Sla.ResponseDueAt)),
            Fact("Field.ResolutionDue", show.Date(t.Sla.ResolutionDueAt)),
            Fact("Report.FirstResponseAt", show.Date(t.FirstResponseAt)),
            Fact("Report.ResolvedAt", show.Date(t.ResolvedAt)),
            Fact("Report.ClosedAt", show.Date(t.ClosedAt)),
        };
        if (t.ClosureResult is { } result) facts.Add(Fact("Report.Result", show.Name(result)));
        if (t.Rating is { } rating) facts.Add(Fact("Report.Rating", ui["Report.RatingValue", rating]));
        if (t.Template is { } template) facts.Add(Fact("Report.Template", template));

        var sections = new List<ReportSection>
        {
            new(ui["Field.Description"], [new ReportEntry(null, t.Description)]),
        };
        if (t.Fields.Count > 0 || t.CustomFields.Count > 0)
        {
            sections.Add(new ReportSection(ui["Ticket.CustomFields"], [.. t.Fields.Select(f => new ReportEntry(f.Label, f.Value)),
                .. t.CustomFields.Select(f => new ReportEntry(f.Label, show.CustomValue(f)))]));
        }
        if (t.Solution is { } solution) sections.Add(new ReportSection(ui["Report.Solution"], [new ReportEntry(null, solution)]));
        sections.Add(new ReportSection(ui["Report.History"], actions.Count == 0
            ? [new ReportEntry(null, ui["Report.NoHistory"])]
            : actions.Select(a => new ReportEntry($"{show.Date(a.At)} · {show.Name(a.Kind)} · {a.Author}", a.Text)).ToList()));

        return new ReportDocument(ui["Report.Title", t.Code], t.Title, facts, sections,
            ui["Report.Footer", show.Date(show.Now)]);
    }

    private ReportFact Fact(string key, string value) => new(ui[key], value);
}
