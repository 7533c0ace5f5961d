using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Web.Api.Auth;
using Microsoft.AspNetCore.Identity;

namespace Mesa.Web.Api;

/// <summary>
/// Personal access tokens, shown once at creation. A token is made with the password (Basic), never with another
/// token, so that a token that leaked cannot breed; each expires (90 days by default, a year at most) and a new
/// password revokes them all. Administrators see and revoke anyone's.
/// </summary>
public static class TokensApi
{
    public sealed record TokenRequest(string? Name, int? ExpiresInDays);

    public sealed record TokenCreated(long Id, string Name, string Token, DateTimeOffset? ExpiresAt);

    public sealed record TokenInfo(long Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, bool Revoked);

    public static RouteGroupBuilder MapTokens(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/tokens");
        tokens.MapPost("", async (HttpContext http, TokenRequest? body, ApiTokens service, RequestReader read) =>
        {
            if (http.User.FindFirst(ApiAuthenticationHandler.MethodClaim)?.Value != ApiAuthenticationHandler.ByPassword)
                throw new ForbiddenException(Rules.TokenNeedsPassword);
            read.Text("name", body?.Name, ApiToken.NameMaxLength, required: true);
            read.Number("expiresInDays", body?.ExpiresInDays, 1, ApiTokens.MaxDays);
            read.ThrowIfInvalid();
            var issued = await service.IssueAsync(http.User.UserId(), body!.Name!, body.ExpiresInDays, http.RequestAborted);
            return TypedResults.Created($"/api/v1/tokens/{issued.Token.Id}",
                new TokenCreated(issued.Token.Id, issued.Token.Name, issued.Secret, issued.Token.ExpiresAt));
        }).Refuses(400, 403);
        tokens.MapGet("", async (HttpContext http, ApiTokens service) => Infos(
            await service.ListAsync(http.User.UserId(), http.RequestAborted)));
        tokens.MapDelete("/{tokenId:long}", async (HttpContext http, long tokenId, ApiTokens service) =>
        {
            await service.RevokeAsync(http.User.UserId(), tokenId, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(404);
        return api;
    }

    /// <summary>An administrator's view of a person's tokens, to revoke one that leaked.</summary>
    public static void MapTokensAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/users/{userName}/tokens", async (HttpContext http, string userName, ApiTokens service,
            UserManager<User> users) => Infos(await service.ListAsync(await UserIdAsync(users, userName), http.RequestAborted)))
            .Refuses(404);
        admin.MapDelete("/users/{userName}/tokens/{tokenId:long}", async (HttpContext http, string userName, long tokenId,
            ApiTokens service, UserManager<User> users) =>
        {
            await service.RevokeAsync(await UserIdAsync(users, userName), tokenId, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(404);
    }

    private static List<TokenInfo> Infos(IEnumerable<ApiToken> tokens) =>
        tokens.Select(t => new TokenInfo(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt is not null)).ToList();

    private static async Task<long> UserIdAsync(UserManager<User> users, string userName) =>
        await users.FindByNameAsync(userName.Trim()) is { IsSystem: false } user
            ? user.Id
            : throw new NotFoundException(Rules.UnknownUser, userName);
}
