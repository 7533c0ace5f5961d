using System.Security.Claims;
using Mesa.Core.People;

namespace Mesa.Web.Api;

public static class CurrentActor
{
    private static readonly object Key = new();

    /// <summary>
    /// The signed-in person with their roles and groups, as the domain's rules need them: read once per request
    /// (the first call reads the groups; every later call in the same request gets the same actor).
    /// </summary>
    public static Task<Actor> ActorAsync(this HttpContext http)
    {
        if (http.Items.TryGetValue(Key, out var known)) return (Task<Actor>)known!;
        var actor = http.RequestServices.GetRequiredService<Actors>().ForSignedInAsync(http.User.UserId(),
            http.User.Identity?.Name ?? "", http.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
            http.RequestAborted);
        http.Items[Key] = actor;
        return actor;
    }

    public static long UserId(this ClaimsPrincipal user) =>
        long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
