using Mesa.Core.Attachments;
using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Web.Api;
using Mesa.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mesa.Web.Pages.Common;

/// <summary>
/// What every signed-in page shares: the actor with their roles and groups, and the disciplined form post of
/// <c>STYLE.md</c> — act through one service method; a rule the ticket breaks becomes a message on the form,
/// which keeps what was typed.
/// </summary>
public abstract class ConsolePage : PageModel
{
    public const string FlashKey = "Flash";

    protected Task<Actor> ActorAsync() => HttpContext.ActorAsync();

    /// <summary>
    /// The Spanish (or English) words of a broken rule. Every page needs it, so the base reads it from the request
    /// rather than adding it to three dozen constructors; the pages' own services come by constructor.
    /// </summary>
    private RuleText Rules => HttpContext.RequestServices.GetRequiredService<RuleText>();

    protected void Flash(string message) => TempData[FlashKey] = message;

    /// <summary>
    /// The whole form post of STYLE.md in one step: run the use case; on success flash <paramref name="message"/> and
    /// redirect to this page (post/redirect/get); otherwise read the page's data again and show the form with its errors.
    /// </summary>
    protected async Task<IActionResult> PostAsync(Func<Task> act, string message, Func<Task> reload,
        object? routeValues = null, string prefix = "Input")
    {
        if (await TryAsync(act, prefix))
        {
            Flash(message);
            return RedirectToPage(routeValues);
        }

        await reload();
        return Page();
    }

    /// <summary>
    /// Runs a use case, unless a field could not be read (<see cref="PageInput"/>). A broken rule, bad input or a stale version becomes a form error (beside its field when the
    /// domain named one, <paramref name="prefix"/> being the bound model's name) and the answer is false.
    /// </summary>
    protected async Task<bool> TryAsync(Func<Task> act, string prefix = "Input")
    {
        // A value of the wrong kind already has its message beside the field: act on nothing.
        if (PageInput.HasBindingErrors(ModelState)) return false;
        try
        {
            await act();
            return true;
        }
        catch (Exception error) when (Rules.For(error) is { } message)
        {
            var key = error is InputException input && input.Field.Length > 0
                ? $"{prefix}.{char.ToUpperInvariant(input.Field[0])}{input.Field[1..]}"
                : string.Empty;
            ModelState.AddModelError(key, message);
            return false;
        }
    }

    /// <summary>
    /// A list's read whose search or filter may be refused (too long, a value that means nothing): the message goes
    /// beside <paramref name="field"/> and the list shows <paramref name="empty"/>.
    /// </summary>
    protected async Task<T> ListOrRefuseAsync<T>(Func<Task<T>> read, string field, T empty)
    {
        try
        {
            return await read();
        }
        catch (InputException error)
        {
            ModelState.AddModelError(field, Rules.For(error)!);
            return empty;
        }
    }
}
