using Mesa.Core.People;
using Mesa.Core.People.Directory;
using Microsoft.AspNetCore.Identity;

namespace Mesa.Web.Accounts;

/// <summary>
/// The account a directory name stands for, when no password is typed (a sign-in link, Windows sign-in): the person is
/// looked up in the directory and their account made or brought up to date; a person the directory disabled or no
/// longer has gets no account, and an existing one is deactivated.
/// </summary>
public sealed class DirectoryUsers(IDirectory directory, DirectoryAccounts accounts, UserManager<User> users)
{
    /// <summary>The active account of the directory person a typed name names; null when there is none.</summary>
    /// <exception cref="DirectoryUnavailableException">The directory did not answer.</exception>
    public async Task<User?> AccountAsync(string typedName, CancellationToken ct)
    {
        if (!directory.IsConfigured || directory.UserNameOf(typedName) is not { } name) return null;
        var person = await directory.FindAsync(name, ct);
        if (person is null)
        {
            if (await users.FindByNameAsync(name) is { Origin: AccountOrigin.Directory } gone)
                await accounts.DeactivateMissingAsync(gone, null, ct);
            return null;
        }

        var (user, _) = await accounts.ApplyAsync(person, null, ct);
        return user is { IsActive: true } ? user : null;
    }
}
