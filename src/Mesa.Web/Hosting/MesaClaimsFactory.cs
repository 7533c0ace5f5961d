using System.Security.Claims;
using Mesa.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Hosting;

/// <summary>The sign-in cookie also carries the person's display name, so that every page can greet them without a query.</summary>
public sealed class MesaClaimsFactory(UserManager<User> users, RoleManager<Role> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, Role>(users, roles, options)
{
    public const string DisplayNameClaim = "mesa:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
