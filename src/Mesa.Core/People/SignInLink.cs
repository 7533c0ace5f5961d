namespace Mesa.Core.People;

/// <summary>
/// A single-use link to sign in without a password (the guide's "haga clic en el enlace del correo").
/// Only the SHA-256 of the secret is kept; the secret itself travels once, in the e-mail.
/// </summary>
public sealed class SignInLink
{
    private SignInLink()
    {
    }

    public SignInLink(long userId, string tokenHash, DateTimeOffset at, TimeSpan lifetime)
    {
        UserId = userId;
        TokenHash = tokenHash;
        CreatedAt = at;
        ExpiresAt = at + lifetime;
    }

    public long Id { get; private set; }

    public long UserId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When it was used; a link works once.</summary>
    public DateTimeOffset? UsedAt { get; private set; }
}
