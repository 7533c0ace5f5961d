using System.Security.Claims;
using Mesa.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Hosting;

/// <summary>
/// The sign-in cookie also carries the person's display name, so that every page can greet them without a query, and
/// the directory entry of a directory account.
/// </summary>
public sealed class MesaClaimsFactory(UserManager<User> users, RoleManager<Role> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, Role>(users, roles, options)
{
    public const string DisplayNameClaim = "mesa:display-name";

    /// <summary>The directory entry a directory account follows: its sessions ask the directory about it.</summary>
    public const string DirectoryKeyClaim = "mesa:directory-key";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user is { Origin: AccountOrigin.Directory, DirectoryKey: { } key }) identity.AddClaim(new Claim(DirectoryKeyClaim, key));
        return identity;
    }
}
