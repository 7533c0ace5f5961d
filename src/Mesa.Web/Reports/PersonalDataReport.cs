using Mesa.Core.Privacy;
using Mesa.Core.Reports;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Reports;

/// <summary>
/// Ley 1581 de 2012, art. 8: everything Mesa holds about a person, as a PDF to hand to them, in the reader's
/// language. The same record as the JSON export, section by section.
/// </summary>
public sealed class PersonalDataReport(IReportRenderer renderer, Display show, IStringLocalizer<Ui> ui)
{
    public (string FileName, byte[] Content) Pdf(PersonalDataRecord data) =>
        (ui["Privacy.FileName", data.Person.UserName].Value + ".pdf", renderer.Render(Document(data)));

    private ReportDocument Document(PersonalDataRecord d)
    {
        var p = d.Person;
        var facts = new List<ReportFact>
        {
            Fact("Privacy.UserName", p.UserName),
            Fact("Privacy.DisplayName", p.DisplayName),
            Fact("Privacy.Email", p.Email ?? "—"),
            Fact("Privacy.Phone", p.Phone ?? "—"),
            Fact("Field.Location", p.Location ?? "—"),
            Fact("Privacy.Roles", p.Roles.Count == 0 ? "—" : string.Join(", ", p.Roles)),
            Fact("Privacy.Groups", p.Groups.Count == 0 ? "—" : string.Join(", ", p.Groups)),
        };
        if (p.AnonymizedAt is { } anonymized) facts.Add(Fact("Privacy.AnonymizedAt", show.Date(anonymized)));

        var sections = new List<ReportSection>
        {
            Section("Privacy.TicketsNotified", d.TicketsNotified, t => ($"{t.Code} · {show.Name(t.State)} · {show.Date(t.RegisteredAt)}",
                $"{t.Title}\n{t.Description}" + (t.Rating is { } r ? $"\n{ui["Report.RatingValue", r]} {t.ClosureComment}" : ""))),
            Section("Privacy.TicketsInformed", d.TicketsInformed, t => ($"{t.Code} · {show.Name(t.State)}", t.Title)),
            Section("Privacy.Actions", d.Actions, a => ($"{a.Ticket} · {show.Name(a.Kind)} · {show.Date(a.At)}", a.Text)),
            Section("Privacy.Files", d.Files, f => ($"{f.Ticket} · {show.Date(f.At)}", $"{f.FileName} ({show.FileSize(f.Size)})")),
            Section("Privacy.MailsReceived", d.MailsReceived, m => ($"{show.Date(m.At)} · {m.Mailbox}", $"{m.Subject} {m.Ticket}")),
            Section("Privacy.MailsSent", d.MailsSent, n => ($"{show.Date(n.QueuedAt)} · {n.Ticket}", n.Kind)),
            Section("Privacy.Tokens", d.Tokens, t => (show.Date(t.CreatedAt), t.Name)),
            Section("Privacy.Drafts", d.Drafts, x => (show.Date(x.CreatedAt), x.Title ?? "—")),
            Section("Privacy.SavedFilters", d.SavedFilters, f => (null, f)),
            Section("Privacy.Absences", d.Absences, a => ($"{a.From:dd/MM/yyyy} – {a.To:dd/MM/yyyy}", a.Reason ?? "—")),
            Section("Privacy.Audit", d.Audit, a => ($"{show.Date(a.At)} · {a.By}", $"{show.Name(a.Action)} {a.Note}")),
            Section("Privacy.SignIns", d.SignIns, e => ($"{show.Date(e.At)} · {e.Address ?? "—"}",
                $"{Accounts.SignInLogCsv.Words.Kind(ui, e.Kind)} {Accounts.SignInLogCsv.Words.Method(ui, e.Method)}")),
            Section("Privacy.Sessions", d.Sessions, x => ($"{show.Date(x.CreatedAt)} · {x.Address ?? "—"}", Accounts.Devices.Describe(x.Device))),
        };
        return new ReportDocument(ui["Privacy.ReportTitle"], p.DisplayName, facts, sections,
            ui["Report.Footer", show.Date(d.ExportedAt)]);
    }

    private ReportSection Section<T>(string key, IReadOnlyList<T> items, Func<T, (string? Caption, string Text)> entry) =>
        new(ui[key], items.Count == 0
            ? [new ReportEntry(null, ui["Privacy.Nothing"])]
            : items.Select(i => entry(i)).Select(e => new ReportEntry(e.Caption, e.Text)).ToList());

    private ReportFact Fact(string key, string value) => new(ui[key], value);
}
