using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.People;

/// <summary>
/// A person: name, address, phone, roles, groups and supervised groups, location, manager and language; a password
/// for a local account; deactivate (their sessions and tokens end at once; their open tickets go to the hand-over
/// page), reactivate, or delete one nothing names. The directory's accounts show what the directory owns, read-only.
/// </summary>
public sealed class EditModel(PeopleAdministration people, TicketChoices choices, Administration.SignInLinkMail links,
    IStringLocalizer<Ui> text) : ConsolePage
{
    public sealed class PersonForm
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public List<string> Roles { get; set; } = [Core.People.Roles.Requester];

        public List<string> Groups { get; set; } = [];

        public List<string> Supervises { get; set; } = [];

        public string? Location { get; set; }

        public string? Manager { get; set; }

        public string? Language { get; set; }

        public string? Password { get; set; }
    }

    /// <summary>The person's user name; none for a new person.</summary>
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty]
    public PersonForm Input { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public PeopleAdministration.PersonView? Person { get; private set; }

    public IReadOnlyList<GroupChoice> GroupChoices { get; private set; } = [];

    public IReadOnlyList<string> Locations { get; private set; } = [];

    public bool FromDirectory => Person?.Origin == AccountOrigin.Directory;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (UserName is not null)
        {
            if (!await LoadPersonAsync(ct)) return NotFound();
            Input = FormOf(Person!);
        }

        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var editing = UserName is not null;
        if (editing && !await LoadPersonAsync(ct)) return NotFound();
        var input = new PeopleAdministration.PersonInput(Input.UserName, Input.DisplayName, Input.Email ?? "", Input.Phone ?? "",
            Input.Roles, Input.Groups, Input.Supervises, Input.Location ?? "", Input.Manager ?? "", Input.Language ?? "",
            editing ? null : string.IsNullOrEmpty(Input.Password) ? null : Input.Password);
        if (FromDirectory)
        {
            // What the directory owns is shown, not posted: keep the person's own values.
            input = input with { DisplayName = null, Email = null, Phone = null, Location = null, Roles = null };
        }

        User? created = null;
        if (await TryAsync(async () =>
            {
                if (editing) await people.UpdateAsync(await ActorAsync(), UserName!, input, ct);
                else created = await people.CreateAsync(input, ct);
            }))
        {
            Flash(text["Person.Saved"]);
            return RedirectToPage(new { user = created?.UserName ?? UserName });
        }

        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken ct)
    {
        if (UserName is null || !await LoadPersonAsync(ct)) return NotFound();
        if (await TryAsync(() => people.SetPasswordAsync(UserName, NewPassword, ct), prefix: ""))
        {
            Flash(text["Person.PasswordSet"]);
            return RedirectToPage(new { user = UserName });
        }

        return await ReloadAsync(ct);
    }

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken ct)
    {
        if (UserName is null || !await LoadPersonAsync(ct)) return NotFound();
        if (!await TryAsync(() => links.SendAsync(Request, UserName, ct), prefix: "")) return await ReloadAsync(ct);
        Flash(text["Person.LinkSent", Person!.Email!]);
        return RedirectToPage(new { user = UserName });
    }

    public async Task<IActionResult> OnPostDeactivateAsync(CancellationToken ct)
    {
        if (UserName is null || !await LoadPersonAsync(ct)) return NotFound();
        if (!await TryAsync(async () => await people.UpdateAsync(await ActorAsync(), UserName, new(Active: false), ct), prefix: ""))
            return await ReloadAsync(ct);
        Flash(text["Person.Deactivated"]);
        return Person!.OpenTickets > 0 ? RedirectToPage("HandOver", new { user = UserName }) : RedirectToPage(new { user = UserName });
    }

    public async Task<IActionResult> OnPostReactivateAsync(CancellationToken ct)
    {
        if (UserName is null || !await LoadPersonAsync(ct)) return NotFound();
        if (!await TryAsync(async () => await people.UpdateAsync(await ActorAsync(), UserName, new(Active: true), ct), prefix: ""))
            return await ReloadAsync(ct);
        Flash(text["Person.Reactivated"]);
        return RedirectToPage(new { user = UserName });
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (UserName is null || !await LoadPersonAsync(ct)) return NotFound();
        if (!await TryAsync(async () => await people.DeleteAsync(await ActorAsync(), UserName, ct), prefix: ""))
            return await ReloadAsync(ct);
        Flash(text["Person.Deleted", UserName]);
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> ReloadAsync(CancellationToken ct)
    {
        Input = FormOf(Person!);
        await LoadChoicesAsync(ct);
        return Page();
    }

    private static PersonForm FormOf(PeopleAdministration.PersonView p) => new()
    {
        UserName = p.UserName,
        DisplayName = p.DisplayName,
        Email = p.Email,
        Phone = p.Phone,
        Roles = [.. p.Roles],
        Groups = [.. p.Groups],
        Supervises = [.. p.Supervises],
        Location = p.Location,
        Manager = p.Manager,
        Language = p.Language,
    };

    private async Task<bool> LoadPersonAsync(CancellationToken ct)
    {
        try
        {
            Person = await people.GetAsync(UserName!, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        GroupChoices = await choices.GroupsAsync(ct);
        Locations = await choices.LocationsAsync(ct);
    }
}
