using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages;

/// <summary>The page for a status without a body of its own (a ticket that does not exist or is not yours: 404).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<Ui> text) : PageModel
{
    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        if (code is >= 400 and <= 599) Response.StatusCode = code;
        if (code == StatusCodes.Status429TooManyRequests) Hosting.RateLimits.KeepRetryAfter(HttpContext);
        var kind = code switch
        {
            404 => "NotFound",
            403 => "Forbidden",
            400 => "BadRequest",
            429 => "TooMany",
            _ => "Other",
        };
        Title = text[$"Status.{kind}.Title"];
        Body = text[$"Status.{kind}.Body"];
    }
}
