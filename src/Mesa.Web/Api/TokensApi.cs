using Mesa.Core.People;

namespace Mesa.Web.Api;

/// <summary>Personal access tokens, shown once at creation.</summary>
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
            read.Text("name", body?.Name, ApiToken.NameMaxLength, required: true);
            if (body?.ExpiresInDays is { } days && days is < 1 or > ApiTokens.MaxDays) read.Require("expiresInDays", false);
            read.ThrowIfInvalid();
            var issued = await service.IssueAsync(http.User.UserId(), body!.Name!, body.ExpiresInDays, http.RequestAborted);
            return TypedResults.Created($"/api/v1/tokens/{issued.Token.Id}",
                new TokenCreated(issued.Token.Id, issued.Token.Name, issued.Secret, issued.Token.ExpiresAt));
        });
        tokens.MapGet("", async (HttpContext http, ApiTokens service) =>
            (await service.ListAsync(http.User.UserId(), http.RequestAborted))
                .Select(t => new TokenInfo(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt is not null)));
        tokens.MapDelete("/{tokenId:long}", async (HttpContext http, long tokenId, ApiTokens service) =>
        {
            await service.RevokeAsync(http.User.UserId(), tokenId, http.RequestAborted);
            return TypedResults.NoContent();
        });
        return api;
    }
}
