using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.People.Security;

namespace Mesa.Core.Tests.People;

/// <summary>
/// A second factor for staff (Guía §8 signs staff in with their domain password; a stolen password alone must not be
/// enough): the authenticator app's codes, each taken once, and recovery codes, each used once.
/// </summary>
public sealed class SecondFactorTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 13, 0, 0, TimeSpan.Zero);
    private readonly byte[] _key = Authenticator.NewKey();

    [Fact]
    public void The_first_right_code_turns_the_factor_on_and_gives_ten_recovery_codes()
    {
        var factor = new SecondFactor(7, "protected");

        Assert.Throws<InputException>(() => factor.Confirm(_key, "000000", Monday));
        Assert.False(factor.IsEnrolled);
        var codes = factor.Confirm(_key, Authenticator.CodeAt(_key, Monday), Monday);

        Assert.True(factor.IsEnrolled);
        Assert.Equal(SecondFactor.RecoveryCodeCount, codes.Count);
        Assert.Equal(SecondFactor.RecoveryCodeCount, codes.Distinct().Count());
        Assert.Equal(SecondFactor.RecoveryCodeCount, factor.RecoveryCodesLeft);
        Assert.Throws<DomainException>(() => factor.Restart("another"));
    }

    [Fact]
    public void A_code_is_taken_once_and_a_phone_half_a_minute_off_still_signs_in()
    {
        var factor = new SecondFactor(7, "protected");
        factor.Confirm(_key, Authenticator.CodeAt(_key, Monday), Monday);

        // The same code again, even within its 30 seconds: spent.
        Assert.Null(factor.Check(_key, Authenticator.CodeAt(_key, Monday), Monday.AddSeconds(10)));
        // The next step's code, typed from a phone 30 seconds behind.
        var later = Monday.AddMinutes(5);
        Assert.Equal(SignInMethod.Authenticator, factor.Check(_key, Authenticator.CodeAt(_key, later.AddSeconds(-30)), later));
        // A code from five minutes ago is no code.
        Assert.Null(factor.Check(_key, Authenticator.CodeAt(_key, Monday.AddMinutes(1)), Monday.AddMinutes(10)));
        Assert.Null(factor.Check(_key, "12345", later.AddMinutes(1)));
        Assert.Null(factor.Check(_key, "abcdef", later.AddMinutes(1)));
    }

    [Fact]
    public void A_recovery_code_signs_in_once_typed_in_any_case_and_new_codes_void_the_old_ones()
    {
        var factor = new SecondFactor(7, "protected");
        var codes = factor.Confirm(_key, Authenticator.CodeAt(_key, Monday), Monday);

        Assert.Equal(SignInMethod.RecoveryCode, factor.Check(_key, $" {codes[3].ToUpperInvariant()} ", Monday));
        Assert.Null(factor.Check(_key, codes[3], Monday));
        Assert.Equal(SecondFactor.RecoveryCodeCount - 1, factor.RecoveryCodesLeft);

        var renewed = factor.RenewRecoveryCodes();
        Assert.Null(factor.Check(_key, codes[4], Monday));
        Assert.Equal(SignInMethod.RecoveryCode, factor.Check(_key, renewed[0].Replace("-", "", StringComparison.Ordinal), Monday));
    }

    [Theory]
    [InlineData(false, false, Roles.Agent, SignInMethod.Password, false)]
    [InlineData(false, true, Roles.Agent, SignInMethod.DirectoryPassword, true)]
    [InlineData(false, true, Roles.Supervisor, SignInMethod.Link, true)]
    [InlineData(false, true, Roles.Admin, SignInMethod.Password, true)]
    [InlineData(false, true, Roles.Requester, SignInMethod.Password, false)]
    [InlineData(true, false, Roles.Requester, SignInMethod.Password, true)]
    [InlineData(true, true, Roles.Agent, SignInMethod.Kerberos, false)]
    public void Who_gives_a_code_staff_when_required_whoever_set_one_up_and_never_a_windows_sign_in(bool enrolled,
        bool forStaff, string role, SignInMethod method, bool required) =>
        Assert.Equal(required, SecondFactors.IsRequired(enrolled, forStaff, [role], method));

    [Fact]
    public void The_key_reads_in_groups_of_four_and_the_qr_code_names_mesa_and_the_account()
    {
        var readable = Authenticator.Readable(_key);
        Assert.Matches("^([A-Z2-7]{4} )+[A-Z2-7]{4}$", readable);
        var uri = Authenticator.EnrolmentUri("Mesa", "agente1", _key);
        Assert.StartsWith("otpauth://totp/Mesa:agente1?secret=", uri, StringComparison.Ordinal);
        Assert.Contains(readable.Replace(" ", "", StringComparison.Ordinal), uri, StringComparison.Ordinal);
    }
}
