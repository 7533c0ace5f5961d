using Mesa.Core.People;
using Mesa.Core.People.Directory;
using Mesa.Core.People.Security;
using Microsoft.AspNetCore.Identity;

namespace Mesa.Web.Accounts;

/// <summary>
/// Guía §8: a user name and a password, whichever keeps the password. A local account ("Acceso usuario") is checked
/// by Identity; a directory account ("Acceso integrado Windows") by binding to the directory with the typed name
/// (<c>usuario</c>, <c>DOMINIO\usuario</c>, <c>usuario@dominio</c>), its Mesa account made or brought up to date on the
/// way. One throttle for both (<see cref="SignInThrottle"/>): the sign-in page and the API's Basic sign-in share it.
/// Every refusal is in the sign-in log; a success is logged by whoever starts the session (after a second factor).
/// </summary>
public sealed class PasswordSignIn(UserManager<User> users, SignInManager<User> signIn, SignInThrottle throttle,
    IDirectory directory, DirectoryAccounts accounts, SignInLog log)
{
    public async Task<PasswordCheck> CheckAsync(string typedName, string password, string? address, SignInChannel channel,
        CancellationToken ct)
    {
        var name = typedName.Trim();
        var user = await users.FindByNameAsync(name);
        var method = user is { Origin: AccountOrigin.Local } || !directory.IsConfigured ? SignInMethod.Password : SignInMethod.DirectoryPassword;
        // Locked from this address: the password is not even tried.
        if (throttle.LockedUntil(name, address) is { } locked)
        {
            if (throttle.FirstTryWhileLocked(name, address))
                await log.RecordAsync(new(SignInEventKind.Failed, user, name, method, channel, address, Detail: SignInDetails.WhileLocked), ct);
            return PasswordCheck.Locked(locked);
        }

        var check = user is { Origin: AccountOrigin.Local } ? await LocalAsync(user, password)
            : directory.IsConfigured ? await DirectoryAsync(user?.UserName ?? name, password, ct)
            : PasswordCheck.Failed;
        if (check.Outcome == PasswordOutcome.Succeeded)
        {
            throttle.Succeeded(name, address);
            return check with { Method = method };
        }

        user = check.User ?? user;
        if (check.Outcome == PasswordOutcome.Failed && throttle.Failed(name, address) is { } until)
        {
            await log.RecordAsync(new(SignInEventKind.LockedOut, user, name, method, channel, address), ct);
            return PasswordCheck.Locked(until);
        }

        var detail = check.Outcome switch
        {
            PasswordOutcome.DirectoryUnavailable => SignInDetails.DirectoryUnavailable,
            PasswordOutcome.AwaitingConfirmation => SignInDetails.AwaitingConfirmation,
            PasswordOutcome.LockedOut => SignInDetails.WhileLocked,
            _ => null,
        };
        await log.RecordAsync(new(SignInEventKind.Failed, user, name, method, channel, address, Detail: detail), ct);
        return check;
    }

    private async Task<PasswordCheck> LocalAsync(User user, string password)
    {
        if (user.IsSystem || !user.IsActive) return PasswordCheck.Failed;
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false);
        if (result.Succeeded) return PasswordCheck.SignedIn(user);
        if (result.IsNotAllowed) return new PasswordCheck(PasswordOutcome.AwaitingConfirmation);
        if (result.IsLockedOut) return PasswordCheck.Locked(await users.GetLockoutEndDateAsync(user) ?? DateTimeOffset.MaxValue);
        return PasswordCheck.Failed;
    }

    private async Task<PasswordCheck> DirectoryAsync(string name, string password, CancellationToken ct)
    {
        var bind = await directory.BindAsync(name, password, ct);
        if (bind.Outcome == DirectoryBindOutcome.Unavailable) return new PasswordCheck(PasswordOutcome.DirectoryUnavailable);
        if (bind.Outcome != DirectoryBindOutcome.Succeeded) return PasswordCheck.Failed;
        var (user, _) = await accounts.ApplyAsync(bind.Person!, syncId: null, ct);
        if (user is null || !user.IsActive) return PasswordCheck.Failed;
        // An administrator's lock holds for directory accounts too.
        if (await users.IsLockedOutAsync(user))
            return PasswordCheck.Locked(await users.GetLockoutEndDateAsync(user) ?? DateTimeOffset.MaxValue);
        return PasswordCheck.SignedIn(user);
    }
}

public enum PasswordOutcome
{
    Succeeded,

    /// <summary>Unknown name, wrong password, or an account that may not sign in: the same words for all of them.</summary>
    Failed,

    LockedOut,

    /// <summary>A self-registered account whose address is not confirmed yet.</summary>
    AwaitingConfirmation,

    DirectoryUnavailable,
}

public sealed record PasswordCheck(PasswordOutcome Outcome, User? User = null, DateTimeOffset? LockedUntil = null)
{
    /// <summary>How the password was checked: by Mesa, or by the directory.</summary>
    public SignInMethod Method { get; init; } = SignInMethod.Password;

    public static readonly PasswordCheck Failed = new(PasswordOutcome.Failed);

    public static PasswordCheck SignedIn(User user) => new(PasswordOutcome.Succeeded, user);

    public static PasswordCheck Locked(DateTimeOffset until) => new(PasswordOutcome.LockedOut, LockedUntil: until);
}
