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

    /// <summary>
    /// The person's manager (the directory's <c>manager</c>, or as an administrator set it): the approver of a flow's
    /// "manager" step.
    /// </summary>
    public long? ManagerId { get; set; }

    public const int LanguageMaxLength = 10;

    /// <summary>The person's interface language (<c>es</c>, <c>en</c>); null: the organisation's (Spanish).</summary>
    public string? Language { get; set; }

    /// <summary>Guía §8: "Acceso integrado Windows" (the agency's directory) or "Acceso usuario" (a password kept by Mesa).</summary>
    public AccountOrigin Origin { get; private set; } = AccountOrigin.Local;

    public const int DirectoryKeyMaxLength = 100;

    /// <summary>
    /// The directory entry's own identifier (objectGUID in Active Directory, entryUUID in OpenLDAP): it stays when the
    /// entry is renamed or moved, so the account follows the person.
    /// </summary>
    public string? DirectoryKey { get; private set; }

    /// <summary>
    /// Since when the person may not sign in by any way (password, link, Windows, token): the directory disabled or
    /// removed them. The account and everything it did stay.
    /// </summary>
    public DateTimeOffset? DeactivatedAt { get; private set; }

    public bool IsActive => DeactivatedAt is null;

    /// <summary>
    /// Makes this the account of a directory entry: its password is the directory's from now on, never one kept here.
    /// </summary>
    public void LinkToDirectory(string key)
    {
        Origin = AccountOrigin.Directory;
        DirectoryKey = key;
        PasswordHash = null;
    }

    /// <summary>Ends every session and token at once (the security stamp) and refuses every sign-in until reactivated.</summary>
    public void Deactivate(DateTimeOffset at)
    {
        if (DeactivatedAt is not null) return;
        DeactivatedAt = at;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public void Reactivate() => DeactivatedAt = null;

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
