using Mesa.Core.Common;
using Mesa.Core.Knowledge;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Agent.Knowledge;

/// <summary>One knowledge article as agents read it, with the tickets that cite it; revise or retire it from here.</summary>
public sealed class DetailsModel(KnowledgeBase knowledge, IStringLocalizer<Ui> text) : ConsolePage
{
    [FromRoute]
    public long Id { get; set; }

    public ArticleDetails Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRetireAsync(CancellationToken ct)
    {
        if (await TryAsync(async () => await knowledge.RetireAsync(await ActorAsync(), Key, ct)))
        {
            Flash(text["Knowledge.RetiredDone"]);
            return RedirectToPage(new { id = Id });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private string Key => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Article = await knowledge.GetAsync(await ActorAsync(), Key, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
