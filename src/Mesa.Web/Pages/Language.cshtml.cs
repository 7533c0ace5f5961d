using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mesa.Web.Pages;

/// <summary>The language picker of every page: Spanish by default, English as the second language (a cookie for a year).</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        Choose(Response, culture, Request.IsHttps);
        return LocalRedirect(PageSetup.LocalUrl(returnUrl));
    }

    /// <summary>The culture cookie for <paramref name="culture"/> ("en"; anything else is Spanish).</summary>
    public static void Choose(HttpResponse response, string? culture, bool https)
    {
        var chosen = culture == "en" ? "en" : "es-CO";
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                Secure = https,
                SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax,
                IsEssential = true,
            });
    }
}
