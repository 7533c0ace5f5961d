using Mesa.Core.Common;
using Mesa.Core.Knowledge;
using Mesa.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Portal.Knowledge;

/// <summary>A public knowledge article as users read it in the portal; internal or retired ones are not found.</summary>
public sealed class DetailsModel(KnowledgeBase knowledge) : ConsolePage
{
    [FromRoute]
    public long Id { get; set; }

    public ArticleDetails Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            var actor = await ActorAsync();
            Article = await knowledge.GetAsync(actor, Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
            // Agents reading the portal see what users see: only public, current articles.
            if (Article.Audience != KnowledgeAudience.Public || Article.RetiredAt is not null) return NotFound();
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
