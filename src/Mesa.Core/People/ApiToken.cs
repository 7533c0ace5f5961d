namespace Mesa.Core.People;

/// <summary>
/// A personal access token for the API. Only a SHA-256 hash of the secret is kept: the secret is a long random
/// value, so a fast hash is enough, and a request authenticated by token costs microseconds.
/// </summary>
public sealed class ApiToken
{
    private ApiToken()
    {
    }

    public ApiToken(long userId, string name, string hash, DateTimeOffset createdAt, DateTimeOffset? expiresAt)
    {
        UserId = userId;
        Name = name;
        Hash = hash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public const int NameMaxLength = 100;

    public long Id { get; private set; }

    public long UserId { get; private set; }

    public string Name { get; private set; } = "";

    public string Hash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
