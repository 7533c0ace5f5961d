using Mesa.Core.Mail;
using Mesa.Core.People;
using Mesa.Core.People.Directory;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// Sign in without a password, by a link received by e-mail that works once and expires. The page
/// says the same whether or not the account exists, so that it cannot be used to find out who has one.
/// </summary>
[AllowAnonymous]
public sealed class SignInLinkModel(AccountMail mail, IStringLocalizer<Ui> text) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    public bool Sent { get; private set; }

    public bool MailConfigured => mail.IsConfigured;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(UserName))
        {
            ModelState.AddModelError(nameof(UserName), text["Forgot.UserNameRequired"]);
            return Page();
        }

        var key = UserName;
        var page = mail.Url(Request, "/account/link");
        if (mail.IsConfigured) mail.Later((services, ct) => LinkMailAsync(services, key, page, ct));
        Sent = true;
        return Page();
    }

    /// <summary>
    /// The name to send a link for: a local account's as typed; for a directory account (an existing one, or a name
    /// in the directory's forms) the directory is asked first, so that a person it disabled or removed gets no link.
    /// </summary>
    private static async Task<string?> DirectoryAccountNameAsync(IServiceProvider services, string key, CancellationToken ct)
    {
        if (!services.GetRequiredService<IDirectory>().IsConfigured) return key;
        var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<User>>();
        var normalized = key.Trim().ToUpperInvariant();
        var existing = await users.Users.Where(u => u.NormalizedUserName == normalized || u.NormalizedEmail == normalized)
            .OrderBy(u => u.NormalizedUserName == normalized ? 0 : 1).ThenBy(u => u.Id).FirstOrDefaultAsync(ct);
        if (existing is { Origin: AccountOrigin.Local }) return key;
        try
        {
            var account = await services.GetRequiredService<Accounts.DirectoryUsers>().AccountAsync(existing?.UserName ?? key, ct);
            return account?.UserName ?? (existing is null ? key : null);
        }
        catch (DirectoryUnavailableException)
        {
            return null;
        }
    }

    /// <summary>A sign-in link for the account a name or address names; nothing for nobody.</summary>
    internal static async Task<OutgoingMail?> LinkMailAsync(IServiceProvider services, string key, string page,
        CancellationToken ct)
    {
        var mail = services.GetRequiredService<AccountMail>();
        if (await DirectoryAccountNameAsync(services, key, ct) is not { } name) return null;
        if (await services.GetRequiredService<SignInLinks>().IssueAsync(name, ct) is not var (user, secret)) return null;
        var link = $"{page}?token={Uri.EscapeDataString(secret)}";
        return mail.Compose(user.DisplayName, user.Email!, "Subject.SignInLink",
        [
            mail.Words["Greeting", user.DisplayName],
            mail.Words["Body.SignInLink", (int)SignInLinks.Lifetime.TotalMinutes],
            link,
            mail.Words["Body.SignInLinkNotYou"],
        ]);
    }
}
