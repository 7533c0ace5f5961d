using System.Security.Cryptography;
using System.Text;
using Mesa.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.People.Security;

/// <summary>
/// A person's second factor: the key their authenticator app shares with Mesa (kept encrypted), the last code step
/// used, and their one-time recovery codes (only their SHA-256 kept). Until the first right code it is only being
/// set up; from then on every sign-in but Windows' asks for a code.
/// </summary>
public sealed class SecondFactor
{
    public const int RecoveryCodeCount = 10;
    public const int ProtectedKeyMaxLength = 500;
    public const int RecoveryCodesMaxLength = RecoveryCodeCount * 65;

    private SecondFactor()
    {
    }

    public SecondFactor(long userId, string protectedKey)
    {
        UserId = userId;
        ProtectedKey = protectedKey;
    }

    public long UserId { get; private set; }

    /// <summary>The authenticator key, encrypted with the application's data-protection keys.</summary>
    public string ProtectedKey { get; private set; } = "";

    /// <summary>Since when the person signs in with it; null while it is being set up.</summary>
    public DateTimeOffset? EnrolledAt { get; private set; }

    /// <summary>The step of the last code taken: no code of that step or before is taken again.</summary>
    public long? LastStep { get; private set; }

    /// <summary>The SHA-256 of each unused recovery code, comma-separated.</summary>
    public string RecoveryCodes { get; private set; } = "";

    public bool IsEnrolled => EnrolledAt is not null;

    public int RecoveryCodesLeft => RecoveryCodes.Length == 0 ? 0 : RecoveryCodes.Split(',').Length;

    /// <summary>Set-up starts again with a new key (one not yet confirmed is replaced).</summary>
    public void Restart(string protectedKey)
    {
        if (IsEnrolled) throw new DomainException(Rules.SecondFactorAlreadyOn);
        ProtectedKey = protectedKey;
    }

    /// <summary>
    /// The first right code of the app ends the set-up: answers the recovery codes, shown this once.
    /// </summary>
    public IReadOnlyList<string> Confirm(byte[] key, string code, DateTimeOffset now)
    {
        if (IsEnrolled) throw new DomainException(Rules.SecondFactorAlreadyOn);
        var step = Authenticator.Match(key, code, now, LastStep) ?? throw new InputException("code", Rules.WrongCode);
        LastStep = step;
        EnrolledAt = now;
        return RenewRecoveryCodes();
    }

    /// <summary>A code after the password: the app's, or a recovery code (used up). Null when it is neither.</summary>
    public SignInMethod? Check(byte[] key, string code, DateTimeOffset now)
    {
        if (!IsEnrolled) return null;
        if (Authenticator.Match(key, code, now, LastStep) is { } step)
        {
            LastStep = step;
            return SignInMethod.Authenticator;
        }

        var hash = Hash(code);
        var left = RecoveryCodes.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!left.Remove(hash)) return null;
        RecoveryCodes = string.Join(',', left);
        return SignInMethod.RecoveryCode;
    }

    /// <summary>New recovery codes (the old ones stop working): ten groups like "k7m2-9xq4", shown once.</summary>
    public IReadOnlyList<string> RenewRecoveryCodes()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var codes = Enumerable.Range(0, RecoveryCodeCount)
            .Select(_ => RandomNumberGenerator.GetString(alphabet, 8).Insert(4, "-"))
            .ToList();
        RecoveryCodes = string.Join(',', codes.Select(Hash));
        return codes;
    }

    /// <summary>A recovery code as it is kept: what was typed, without spaces or dashes, in lower case, hashed.</summary>
    private static string Hash(string code)
    {
        var plain = new string(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain)));
    }
}

internal sealed class SecondFactorConfiguration : IEntityTypeConfiguration<SecondFactor>
{
    public void Configure(EntityTypeBuilder<SecondFactor> f)
    {
        f.ToTable("second_factors");
        f.HasKey(x => x.UserId);
        f.Property(x => x.UserId).ValueGeneratedNever();
        f.Property(x => x.ProtectedKey).HasMaxLength(SecondFactor.ProtectedKeyMaxLength);
        f.Property(x => x.RecoveryCodes).HasMaxLength(SecondFactor.RecoveryCodesMaxLength);
        f.HasOne<User>().WithOne().HasForeignKey<SecondFactor>(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
