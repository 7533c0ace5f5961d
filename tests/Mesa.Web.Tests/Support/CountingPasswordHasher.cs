using Mesa.Core.People;
using Microsoft.AspNetCore.Identity;

namespace Mesa.Web.Tests.Support;

/// <summary>Identity's password hasher as it is, counting the verifications (each one a slow PBKDF2 hash).</summary>
public sealed class CountingPasswordHasher : PasswordHasher<User>
{
    private int _verifications;

    public int Verifications => _verifications;

    public override PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
