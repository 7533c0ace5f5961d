using Microsoft.AspNetCore.Authorization;
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

    public void OnGet() => Response.StatusCode = 500;

    public void OnPost() => Response.StatusCode = 500;
}
