using Mesa.Core.Tickets;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Common;

/// <summary>
/// A console list with each agent's saved filters (Guía §11: the tickets, the changes, the tasks): saving the filter
/// in use under a name, going back to it in one click, deleting it. The list page says which list it is and reads itself.
/// </summary>
public abstract class FilteredListPage(SavedFilters saved, IStringLocalizer<Ui> text) : ConsolePage
{
    [BindProperty]
    public string? FilterName { get; set; }

    public IReadOnlyList<SavedFilter> SavedFilters { get; private set; } = [];

    /// <summary>Which list this is, and its address.</summary>
    protected abstract SavedFilterList List { get; }

    public abstract string ListPath { get; }

    /// <summary>Reads the list for the page's query (after a refused save, to show the page again with its message).</summary>
    protected abstract Task LoadAsync(CancellationToken ct);

    public async Task<IActionResult> OnPostSaveFilterAsync(CancellationToken ct)
    {
        var actor = await ActorAsync();
        // The filter as the list writes its own links: known pairs, percent-encoded, so that the saved address is one
        // a redirect and a link can carry whatever was typed in its search.
        var query = QueryString.Create(Microsoft.AspNetCore.WebUtilities.QueryHelpers
                .ParseQuery(Request.Form["query"].ToString())
                .Where(q => q.Key.Length > 0 && q.Key != "page" && !q.Key.StartsWith("handler", StringComparison.Ordinal)))
            .ToUriComponent().TrimStart('?');
        if (await TryAsync(() => saved.SaveAsync(actor.Id, List, FilterName, query, ct), prefix: ""))
        {
            Flash(text["List.FilterSaved", FilterName!.Trim()]);
            return LocalRedirect(ListPath + (query.Length > 0 ? "?" + query : ""));
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteFilterAsync(long filterId, CancellationToken ct)
    {
        var actor = await ActorAsync();
        if (await TryAsync(() => saved.DeleteAsync(actor.Id, filterId, ct), prefix: ""))
            Flash(text["List.FilterDeleted"]);
        return LocalRedirect(ListPath);
    }

    protected async Task LoadSavedFiltersAsync(CancellationToken ct) =>
        SavedFilters = await saved.ListAsync((await ActorAsync()).Id, List, ct);
}
