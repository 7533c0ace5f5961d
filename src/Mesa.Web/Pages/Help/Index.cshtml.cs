using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mesa.Web.Pages.Help;

/// <summary>Guía §11: every page links to a help page that explains it, in Spanish (English as the second language).</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public string? Topic { get; private set; }

    public IActionResult OnGet(string? topic)
    {
        if (topic is not null && !HelpText.Topics.Contains(topic)) return NotFound();
        Topic = topic;
        return Page();
    }
}
