using System.Globalization;
using System.Threading.RateLimiting;
using Mesa.Core.Common;
using Mesa.Web.Api.Problems;
using Microsoft.AspNetCore.RateLimiting;

namespace Mesa.Web.Hosting;

/// <summary>The limits of <c>Mesa__RateLimits__…</c>; each per client address unless it says otherwise.</summary>
public sealed class RateLimitSettings
{
    public bool Enabled { get; set; } = true;

    /// <summary>Forms of the account pages sent a minute (sign-in, registration, password reset, sign-in link).</summary>
    public int AccountPerMinute { get; set; } = 120;

    /// <summary>Of those, the ones that send an e-mail (registration, forgotten password, sign-in link), an hour.</summary>
    public int AccountMailPerHour { get; set; } = 20;

    /// <summary>API requests a minute with one credential (or without one, from one address).</summary>
    public int ApiPerMinute { get; set; } = 3000;

    /// <summary>API requests a minute from one address, whatever credentials it tries.</summary>
    public int ApiPerMinutePerAddress { get; set; } = 6000;
}

/// <summary>
/// How fast a client may try: ASP.NET Core's rate limiter in front of the account pages (per client address, and an
/// hourly limit on the ones that send e-mail, so that Mesa cannot be made to write to strangers) and the API (per
/// credential and per address). Over a limit the answer is 429 with <c>Retry-After</c>: a Spanish problem on the API,
/// the Spanish status page elsewhere. The client's address is the trusted proxy's word (<see cref="ForwardedClients"/>).
/// </summary>
public static class RateLimits
{
    private static readonly string[] MailingPaths = ["/account/register", "/account/forgot-password", "/account/sign-in-link"];

    private const string RetryAfterItem = "Mesa.RetryAfter";

    public static IServiceCollection AddMesaRateLimits(this IServiceCollection services, RateLimitSettings limits)
    {
        if (!limits.Enabled) return services;
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Limiter(IsAccountForm, Address, key => Window(key, limits.AccountPerMinute, TimeSpan.FromMinutes(1))),
                Limiter(IsMailingForm, Address, key => Window(key, limits.AccountMailPerHour, TimeSpan.FromHours(1))),
                Limiter(IsApi, Credential, key => Window(key, limits.ApiPerMinute, TimeSpan.FromMinutes(1))),
                Limiter(IsApi, Address, key => Window(key, limits.ApiPerMinutePerAddress, TimeSpan.FromMinutes(1))));
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    public static IApplicationBuilder UseMesaRateLimits(this IApplicationBuilder app, RateLimitSettings limits) =>
        limits.Enabled ? app.UseRateLimiter() : app;

    /// <summary>The status page of a refused page request says when to come back (the header survives its re-execution).</summary>
    public static void KeepRetryAfter(HttpContext http)
    {
        if (http.Items[RetryAfterItem] is string seconds) http.Response.Headers.RetryAfter = seconds;
    }

    private static PartitionedRateLimiter<HttpContext> Limiter(Func<HttpRequest, bool> applies, Func<HttpContext, string> key,
        Func<string, RateLimitPartition<string>> limiter) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
            applies(http.Request) ? limiter(key(http)) : RateLimitPartition.GetNoLimiter(""));

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(permits, 1),
            Window = window,
            QueueLimit = 0,
        });

    private static bool IsAccountForm(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/account");

    private static bool IsMailingForm(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && MailingPaths.Any(p => request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "-";

    /// <summary>One partition per credential presented (its hash with this process's seed), or per address without one.</summary>
    private static string Credential(HttpContext http) =>
        http.Request.Headers.Authorization.ToString() is { Length: > 0 } credential
            ? "c" + credential.GetHashCode().ToString(CultureInfo.InvariantCulture)
            : "a" + Address(http);

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var value = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = value;
        http.Items[RetryAfterItem] = value;
        if (IsApi(http.Request))
        {
            await http.RequestServices.GetRequiredService<ProblemWriter>()
                .WriteAsync(http, StatusCodes.Status429TooManyRequests, "Problem.TooManyRequests", Rules.TooManyRequests, [seconds]);
        }
    }
}
