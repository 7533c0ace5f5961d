using Mesa.Core.People;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages;

/// <summary>
/// A new installation's first administrator (Guía §4): only while there is none, and only with the key Mesa wrote to
/// its console at start. Everything else is then set from the administration pages.
/// </summary>
[AllowAnonymous]
public sealed class SetupModel(FirstAdministrator first, IStringLocalizer<Ui> text) : ConsolePage
{
    public sealed class AdminForm
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? Confirm { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty]
    public AdminForm Input { get; set; } = new();

    public bool Needed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Needed = await first.IsNeededAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Needed = await first.IsNeededAsync(ct);
        if (Input.Password != Input.Confirm) ModelState.AddModelError("Input.Confirm", text["Reset.Mismatch"]);
        if (ModelState.IsValid && await TryAsync(() => first.CreateAsync(Key,
                new PeopleAdministration.PersonInput(Input.UserName, Input.DisplayName, Input.Email, Password: Input.Password), ct)))
        {
            Flash(text["Setup.Created", Input.UserName ?? ""]);
            return Redirect("/account/sign-in");
        }

        return Page();
    }
}
