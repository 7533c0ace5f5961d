using Mesa.Core.People;
using Microsoft.Extensions.Time.Testing;

namespace Mesa.Core.Tests.People;

/// <summary>
/// Guía §8: repeated failed sign-ins lock the account, from the address they came from: whoever knows a user name
/// cannot lock its owner out of the console from elsewhere.
/// </summary>
public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 13, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Monday);
    private readonly SignInThrottle _throttle;

    public SignInThrottleTests() => _throttle = new SignInThrottle(_clock);

    [Fact]
    public void Five_failures_from_one_address_lock_the_account_there_for_fifteen_minutes_and_nowhere_else()
    {
        for (var i = 1; i < SignInThrottle.MaxFailures; i++) Assert.Null(_throttle.Failed("agente1", "203.0.113.7"));

        Assert.Equal(Monday + SignInThrottle.LockTime, _throttle.Failed("agente1", "203.0.113.7"));
        Assert.Equal(Monday + SignInThrottle.LockTime, _throttle.LockedUntil("AGENTE1 ", "203.0.113.7"));
        Assert.Null(_throttle.LockedUntil("agente1", "10.0.0.8"));
        Assert.Null(_throttle.LockedUntil("agente2", "203.0.113.7"));

        _clock.Advance(SignInThrottle.LockTime);
        Assert.Null(_throttle.LockedUntil("agente1", "203.0.113.7"));
        Assert.Null(_throttle.Failed("agente1", "203.0.113.7")); // a fresh count after the lock
    }

    [Fact]
    public void Failures_spread_over_more_than_fifteen_minutes_never_lock()
    {
        for (var i = 0; i < 3 * SignInThrottle.MaxFailures; i++)
        {
            Assert.Null(_throttle.Failed("agente1", "203.0.113.7"));
            _clock.Advance(TimeSpan.FromMinutes(4));
        }
    }

    [Fact]
    public void A_right_password_clears_the_failures_of_its_address()
    {
        for (var i = 1; i < SignInThrottle.MaxFailures; i++) _throttle.Failed("agente1", "203.0.113.7");

        _throttle.Succeeded("agente1", "203.0.113.7");

        Assert.Null(_throttle.Failed("agente1", "203.0.113.7"));
    }

    [Fact] // The log keeps the first try made while locked; a script's thousands after it change nothing
    public void Only_the_first_try_while_locked_is_told_apart()
    {
        Assert.False(_throttle.FirstTryWhileLocked("agente1", "203.0.113.7"));
        for (var i = 0; i < SignInThrottle.MaxFailures; i++) _throttle.Failed("agente1", "203.0.113.7");

        Assert.True(_throttle.FirstTryWhileLocked("agente1", "203.0.113.7"));
        Assert.False(_throttle.FirstTryWhileLocked("AGENTE1", "203.0.113.7"));

        _clock.Advance(SignInThrottle.LockTime);
        for (var i = 0; i < SignInThrottle.MaxFailures; i++) _throttle.Failed("agente1", "203.0.113.7");
        Assert.True(_throttle.FirstTryWhileLocked("agente1", "203.0.113.7"));
    }
}
