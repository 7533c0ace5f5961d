using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mesa.Web.Pages;

/// <summary>What a person sees when something unexpected failed: nothing was half-saved, and a reference for the logs.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Reference => HttpContext.TraceIdentifier;

    public IActionResult OnGet() => Shown();

    public IActionResult OnPost() => Shown();

    /// <summary>Only a request that failed is shown this page; asked for directly, there is nothing here.</summary>
    private IActionResult Shown()
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is null) return NotFound();
        Response.StatusCode = 500;
        return Page();
    }
}
