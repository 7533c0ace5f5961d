using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.People.Security;

/// <summary>
/// A signed-in browser: the session the cookie names, kept in the database so that its owner and administrators see
/// it and can end it. The cookie carries a random key; only the key's SHA-256 is kept, so a copy of the table opens no
/// session.
/// </summary>
public sealed class UserSession
{
    public const int KeyHashLength = 64;
    public const int AddressMaxLength = 64;
    public const int DeviceMaxLength = 300;

    private UserSession()
    {
    }

    public UserSession(string keyHash, long userId, SignInMethod? method, bool persistent, string? address, string? device,
        DateTimeOffset now, DateTimeOffset expiresAt, byte[] ticket)
    {
        KeyHash = keyHash;
        UserId = userId;
        Method = method;
        Persistent = persistent;
        Address = address is { Length: > AddressMaxLength } ? address[..AddressMaxLength] : address;
        Device = device is { Length: > DeviceMaxLength } ? device[..DeviceMaxLength] : device;
        CreatedAt = now;
        LastSeenAt = now;
        ExpiresAt = expiresAt;
        Ticket = ticket;
    }

    public long Id { get; private set; }

    public string KeyHash { get; private set; } = "";

    public long UserId { get; private set; }

    public SignInMethod? Method { get; private set; }

    /// <summary>"No cerrar sesión" was ticked.</summary>
    public bool Persistent { get; private set; }

    /// <summary>Where the session began.</summary>
    public string? Address { get; private set; }

    /// <summary>The browser that began it (its User-Agent).</summary>
    public string? Device { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The sign-in ticket the cookie stands for (who, roles, claims), as the web layer wrote it.</summary>
    public byte[] Ticket { get; private set; } = [];
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> s)
    {
        s.ToTable("user_sessions");
        s.HasKey(x => x.Id);
        s.Property(x => x.KeyHash).HasMaxLength(UserSession.KeyHashLength);
        s.Property(x => x.Address).HasMaxLength(UserSession.AddressMaxLength);
        s.Property(x => x.Device).HasMaxLength(UserSession.DeviceMaxLength);
        s.HasIndex(x => x.KeyHash).IsUnique();
        s.HasIndex(x => new { x.UserId, x.ExpiresAt });
        s.HasIndex(x => x.ExpiresAt);
        s.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
