using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.People.Security;

/// <summary>
/// One line of the sign-in log: a sign-in, a failure, a lockout, a sign-out, a session ended, or a change to a
/// person's second factor or to the rule that requires it. Administrators read and export it; nothing changes it.
/// </summary>
public sealed class SignInEvent
{
    public const int UserNameMaxLength = 256;
    public const int AddressMaxLength = 64;
    public const int DetailMaxLength = 200;

    private SignInEvent()
    {
    }

    public SignInEvent(DateTimeOffset at, SignInEventKind kind, long? userId, string userName, SignInMethod? method,
        SignInChannel? channel, string? address, long? byUserId = null, string? detail = null)
    {
        At = at;
        Kind = kind;
        UserId = userId;
        UserName = Cut(userName, UserNameMaxLength) ?? "";
        Method = method;
        Channel = channel;
        Address = Cut(address, AddressMaxLength);
        ByUserId = byUserId;
        Detail = Cut(detail, DetailMaxLength);
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public SignInEventKind Kind { get; private set; }

    /// <summary>The account, when the name typed was one.</summary>
    public long? UserId { get; private set; }

    /// <summary>The account's user name, or the name typed when it named no account.</summary>
    public string UserName { get; private set; } = "";

    public SignInMethod? Method { get; private set; }

    public SignInChannel? Channel { get; private set; }

    /// <summary>The client's address, as the trusted proxy gives it.</summary>
    public string? Address { get; private set; }

    /// <summary>Who made the change when it was not the person (an administrator).</summary>
    public long? ByUserId { get; private set; }

    /// <summary>Why, as a code (<see cref="SignInDetails"/>).</summary>
    public string? Detail { get; private set; }

    private static string? Cut(string? text, int length)
    {
        if (text is null) return null;
        var clean = new string(text.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return clean.Length <= length ? clean : clean[..length];
    }
}

internal sealed class SignInEventConfiguration : IEntityTypeConfiguration<SignInEvent>
{
    public void Configure(EntityTypeBuilder<SignInEvent> e)
    {
        e.ToTable("sign_in_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.UserName).HasMaxLength(SignInEvent.UserNameMaxLength);
        e.Property(x => x.Address).HasMaxLength(SignInEvent.AddressMaxLength);
        e.Property(x => x.Detail).HasMaxLength(SignInEvent.DetailMaxLength);
        e.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<User>().WithMany().HasForeignKey(x => x.ByUserId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.At);
        e.HasIndex(x => new { x.UserId, x.At });
    }
}
