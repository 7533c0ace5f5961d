using Microsoft.AspNetCore.Identity;

namespace Mesa.Core.People;

/// <summary>A person who signs in: a requester, an agent, a supervisor or an administrator (roles in Identity).</summary>
public sealed class User : IdentityUser<long>
{
    public const int DisplayNameMaxLength = 200;

    /// <summary>Identity's column for user names (and e-mail addresses) holds 256 characters.</summary>
    public const int UserNameMaxLength = 256;

    public string DisplayName { get; set; } = "";

    /// <summary>System accounts (such as "Escalado Automático") act in the history but never sign in.</summary>
    public bool IsSystem { get; set; }

    /// <summary>
    /// Registered themselves on the portal and has not yet opened the confirmation link sent to their address: may
    /// not sign in. Accounts made any other way are confirmed from the start.
    /// </summary>
    public bool AwaitingConfirmation { get; set; }

    /// <summary>Where the person works ("Localización / Cliente"): their tickets start there.</summary>
    public long? LocationId { get; set; }

    /// <summary>When an administrator removed who the person is (Ley 1581 de 2012); the account stays for the history.</summary>
    public DateTimeOffset? AnonymizedAt { get; private set; }

    /// <summary>
    /// Keeps the account (tickets and history point at it) without anything that tells who it was, and so that it
    /// can never sign in again: no password, no address, a new security stamp (sessions end), locked for good.
    /// </summary>
    public void Anonymize(string displayName, DateTimeOffset at)
    {
        UserName = $"anonimo-{Id}";
        NormalizedUserName = UserName.ToUpperInvariant();
        DisplayName = displayName;
        Email = null;
        NormalizedEmail = null;
        EmailConfirmed = false;
        PhoneNumber = null;
        PhoneNumberConfirmed = false;
        PasswordHash = null;
        TwoFactorEnabled = false;
        SecurityStamp = Guid.NewGuid().ToString("N");
        LockoutEnabled = true;
        LockoutEnd = DateTimeOffset.MaxValue;
        AwaitingConfirmation = false;
        AnonymizedAt = at;
    }
}
