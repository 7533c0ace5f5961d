using Mesa.Core.Knowledge;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Knowledge;

/// <summary>An agent writes a new knowledge article or revises one (Guía §5 "Base de datos de conocimiento").</summary>
public sealed class EditModel(KnowledgeBase knowledge, TicketChoices choices, IStringLocalizer<Ui> text) : ConsolePage
{
    [FromRoute]
    public long? Id { get; set; }

    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    public IReadOnlyList<string> Services { get; private set; } = [];

    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            try
            {
                var a = await knowledge.GetAsync(await ActorAsync(), id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
                if (a.RetiredAt is not null) return RedirectToPage("Details", new { id });
                Input = new ArticleForm { Title = a.Title, Body = a.Body, Keywords = a.Keywords, Audience = a.Audience, Service = a.Service };
            }
            catch (Core.Common.NotFoundException)
            {
                return NotFound();
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        var input = new ArticleInput(Input.Title, Input.Body, Input.Keywords, Input.Audience, Input.Service);
        long saved = 0;
        if (await TryAsync(async () =>
            {
                if (Id is { } id)
                {
                    await knowledge.ReviseAsync(actor, id.ToString(System.Globalization.CultureInfo.InvariantCulture), input, ct);
                    saved = id;
                }
                else
                {
                    saved = await knowledge.CreateAsync(actor, input, ct);
                }
            }))
        {
            Flash(text[IsNew ? "Knowledge.Created" : "Knowledge.Saved"]);
            return RedirectToPage("Details", new { id = saved });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Services = (await choices.CatalogAsync(ct)).Select(s => s.Name).ToList();

    public sealed class ArticleForm
    {
        public string? Title { get; set; }

        public string? Body { get; set; }

        public string? Keywords { get; set; }

        public KnowledgeAudience Audience { get; set; } = KnowledgeAudience.Public;

        public string? Service { get; set; }
    }
}
