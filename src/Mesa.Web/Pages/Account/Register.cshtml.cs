using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Pages.Account;

/// <summary>
/// An external person (a citizen, another entity) opens a requester account with their e-mail
/// address, which a link sent to it confirms. The answer is the same whether or not the address already has an
/// account; its owner is told by mail instead, so the page cannot be used to find out who has one. Switched off by
/// <c>Mesa:SelfRegistration=false</c>.
/// </summary>
[AllowAnonymous]
public sealed class RegisterModel(UserManager<User> users, AccountMail mail, IOptions<MesaSettings> settings,
    IStringLocalizer<Ui> text) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public bool Open => settings.Value.SelfRegistration && mail.IsConfigured;

    public IActionResult OnGet() => Open ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Open) return NotFound();
        var name = Input.DisplayName?.Trim() ?? "";
        var address = Input.Email?.Trim() ?? "";
        if (name.Length == 0) ModelState.AddModelError("Input.DisplayName", text["Register.NameRequired"]);
        else if (name.Length > Core.People.User.DisplayNameMaxLength) ModelState.AddModelError("Input.DisplayName", text["Register.NameTooLong", Core.People.User.DisplayNameMaxLength]);
        if (!System.Net.Mail.MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
            ModelState.AddModelError("Input.Email", text["Register.EmailInvalid"]);
        if (Input.Password != Input.Confirm) ModelState.AddModelError("Input.Confirm", text["Reset.Mismatch"]);
        // The password is judged before anyone is looked up: its errors must not depend on whether the address has an
        // account (that would tell who has one).
        foreach (var validator in users.PasswordValidators)
        {
            var judged = await validator.ValidateAsync(users, new Core.People.User { UserName = address }, Input.Password ?? "");
            foreach (var error in judged.Errors) AddIdentityError(error);
        }

        if (!ModelState.IsValid) return Page();

        var (password, signIn, forgot, confirm) = (Input.Password ?? "", mail.Url(Request, "/account/sign-in"),
            mail.Url(Request, "/account/forgot-password"), mail.Url(Request, "/account/confirm-email"));
        mail.Later((services, _) => OpenAccountAsync(services, name, address, password, signIn, forgot, confirm));
        Sent = true;
        return Page();
    }

    /// <summary>
    /// Opens the account and composes the link that confirms it; for an address that has an account already, the
    /// mail says so to its owner instead. A registration Identity refuses now (the same address sent twice at once)
    /// is logged by the sender; the page had promised only a mail.
    /// </summary>
    private static async Task<OutgoingMail?> OpenAccountAsync(IServiceProvider services, string name, string address,
        string password, string signIn, string forgot, string confirm)
    {
        var users = services.GetRequiredService<UserManager<User>>();
        var mail = services.GetRequiredService<AccountMail>();
        var words = mail.Words;
        if (await users.FindByEmailAsync(address) is { } existing)
        {
            return mail.Compose(name, address, "Subject.ConfirmAccount",
                [words["Greeting", existing.DisplayName], words["Body.AlreadyRegistered", signIn, forgot]]);
        }

        var user = new User
        {
            UserName = address.ToLowerInvariant(),
            Email = address,
            DisplayName = name,
            AwaitingConfirmation = true,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            throw new InvalidOperationException("Registration refused: " + string.Join(", ", created.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(user, Roles.Requester);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = $"{confirm}?user={user.Id}&token={Uri.EscapeDataString(token)}";
        return mail.Compose(name, address, "Subject.ConfirmAccount",
            [words["Greeting", user.DisplayName], words["Body.ConfirmAccount"], link]);
    }

    /// <summary>Identity's own descriptions are English; each code has its sentence in the resources.</summary>
    private void AddIdentityError(IdentityError error)
    {
        var message = text[$"Identity.{error.Code}"];
        ModelState.AddModelError("Input.Password", message.ResourceNotFound ? text["Identity.Other"] : message);
    }

    public sealed class RegisterInput
    {
        public string? DisplayName { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? Confirm { get; set; }
    }
}
