using System.Security.Claims;
using Mesa.Core.People;

namespace Mesa.Web.Api;

public static class CurrentActor
{
    /// <summary>The signed-in person with their roles and groups, as the domain's rules need them.</summary>
    public static Task<Actor> ActorAsync(this HttpContext http) =>
        http.RequestServices.GetRequiredService<Actors>().ForSignedInAsync(http.User.UserId(),
            http.User.Identity?.Name ?? "", http.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
            http.RequestAborted);

    public static long UserId(this ClaimsPrincipal user) =>
        long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
