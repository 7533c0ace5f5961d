using OtpNet;

namespace Mesa.Core.People.Security;

/// <summary>
/// The codes of authenticator apps (TOTP, RFC 6238, as Google Authenticator, Microsoft Authenticator and FreeOTP make
/// them): a 160-bit key, six digits, a new code every 30 seconds. A code is taken one step either side of now (a
/// phone's clock a little off), and each step once: a code seen over someone's shoulder is already spent.
/// </summary>
public static class Authenticator
{
    public const int KeyBytes = 20;
    public const int Digits = 6;
    public const int StepSeconds = 30;

    public static byte[] NewKey() => KeyGeneration.GenerateRandomKey(KeyBytes);

    /// <summary>The key as people type it into an app: base32, in groups of four.</summary>
    public static string Readable(byte[] key) =>
        string.Join(' ', Base32Encoding.ToString(key).TrimEnd('=').Chunk(4).Select(c => new string(c)));

    /// <summary>The <c>otpauth://</c> address the QR code holds (Key Uri Format of authenticator apps).</summary>
    public static string EnrolmentUri(string issuer, string account, byte[] key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}" +
        $"?secret={Base32Encoding.ToString(key).TrimEnd('=')}&issuer={Uri.EscapeDataString(issuer)}&digits={Digits}&period={StepSeconds}";

    /// <summary>The step a right code belongs to, when it is later than <paramref name="lastStep"/>; otherwise null.</summary>
    public static long? Match(byte[] key, string code, DateTimeOffset now, long? lastStep)
    {
        var digits = new string(code.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (digits.Length != Digits || !digits.All(char.IsAsciiDigit)) return null;
        var totp = new Totp(key, StepSeconds, OtpHashMode.Sha1, Digits);
        if (!totp.VerifyTotp(now.UtcDateTime, digits, out var step, VerificationWindow.RfcSpecifiedNetworkDelay)) return null;
        return lastStep is { } last && step <= last ? null : step;
    }

    /// <summary>The code of a moment (what the app shows then): for tests and for nothing else.</summary>
    public static string CodeAt(byte[] key, DateTimeOffset at) =>
        new Totp(key, StepSeconds, OtpHashMode.Sha1, Digits).ComputeTotp(at.UtcDateTime);
}
