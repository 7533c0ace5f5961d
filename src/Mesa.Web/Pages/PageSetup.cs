using System.Text.Encodings.Web;
using System.Text.Unicode;
using Mesa.Web.Pages.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Net.Http.Headers;

namespace Mesa.Web.Pages;

/// <summary>The names of the authorization policies of the pages (the Identity cookie, never the API's schemes).</summary>
public static class PagePolicies
{
    public const string Staff = "staff-pages";
    public const string Admin = "admin-pages";

    /// <summary>Reports (Guía §4): supervisors and administrators.</summary>
    public const string Reports = "report-pages";
}

/// <summary>
/// The server-rendered pages: folders by feature under <c>Pages/</c> (Account, Agent, Admin, Help), signed in with
/// the Identity cookie, antiforgery on every form (Razor Pages validate it on every POST).
/// </summary>
public static class PageSetup
{
    public static IServiceCollection AddMesaPages(this IServiceCollection services)
    {
        services.AddRazorPages(pages =>
            {
                pages.Conventions.AuthorizeFolder("/Agent", PagePolicies.Staff);
                pages.Conventions.AuthorizeFolder("/Admin", PagePolicies.Admin);
                pages.Conventions.AddFolderApplicationModelConvention("/Admin",
                    page => page.Filters.Add(new Administration.AdminAuditScope.PageFilter()));
                pages.Conventions.AuthorizeFolder("/Agent/Reports", PagePolicies.Reports);
                pages.Conventions.AuthorizeFolder("/Portal");
                // One form writes a new knowledge article and revises one.
                pages.Conventions.AddPageRoute("/Agent/Knowledge/Edit", "agent/knowledge/new");
            })
            // Validation happens in the domain and comes back from the server in Spanish; no client-side rules
            // with the framework's English messages.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddPageInput();
        // Spanish reads as Spanish in the page source too ("Información", not "Informaci&#xF3;n").
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = ".Mesa.Session";
            cookie.Cookie.HttpOnly = true;
            // Secure whenever the person came over https (directly or through a trusted proxy: ForwardedClients).
            cookie.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/denied";
            // "No cerrar sesión" keeps the cookie for two weeks; otherwise it ends with the browser.
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = ValidateSessionAsync;
        });
        Accounts.SessionStore.Use(services);
        // "¿Ha olvidado su clave?": the e-mailed link expires after two hours (and works once).
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(5);
            // The principal made again from the account keeps what only the sign-in knew: how, and which session.
            o.OnRefreshingPrincipal = refresh =>
            {
                var kept = refresh.CurrentPrincipal?.Claims.Where(c => c.Type is Accounts.SessionStore.MethodClaim
                    or Accounts.SessionStore.SessionClaim).ToList() ?? [];
                var identity = refresh.NewPrincipal?.Identity as System.Security.Claims.ClaimsIdentity;
                foreach (var claim in kept.Where(c => identity?.HasClaim(c.Type, c.Value) == false)) identity!.AddClaim(claim);
                return Task.CompletedTask;
            };
        });
        // X-Frame-Options comes with every answer from SecurityHeaders; antiforgery need not add its own.
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".Mesa.Antiforgery";
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            o.SuppressXFrameOptionsHeader = true;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(
            o => o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        services.AddScoped<Display>();
        services.AddScoped<Account.AccountMail>();
        services.AddSingleton<Account.AccountMailSender>();
        services.AddHostedService(sp => sp.GetRequiredService<Account.AccountMailSender>());
        return services;
    }

    /// <summary>
    /// Identity's check of the security stamp (every few minutes: a new password or a deactivation ends sessions),
    /// then, for a directory account, the directory's word on every request (<see cref="Accounts.DirectoryStanding"/>).
    /// </summary>
    private static async Task ValidateSessionAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal?.FindFirst(Hosting.MesaClaimsFactory.DirectoryKeyClaim)?.Value is not { } key
            || !long.TryParse(context.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var userId))
            return;
        var http = context.HttpContext;
        if (await http.RequestServices.GetRequiredService<Accounts.DirectoryStanding>().AllowsAsync(userId, key, http.RequestAborted))
            return;
        context.RejectPrincipal();
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>The stylesheet and the little JavaScript, cached by browsers for a day (their URLs carry a version).</summary>
    public static IApplicationBuilder UseMesaStaticFiles(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
                file.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=86400",
        });

    /// <summary>Only paths of this site are followed after a sign-in or a language change (no open redirects).</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    /// <summary>
    /// Where to go back to after a sign-in or a language change: a path of this site as a redirect can carry it
    /// (letters outside ASCII percent-encoded, no control character, no backslash), or else the home page.
    /// </summary>
    public static string LocalUrl(string? url)
    {
        if (!IsLocal(url)) return "/";
        var safe = new System.Text.StringBuilder(url!.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value < 0x20 || rune.Value == 0x7f || rune.Value == '\\' || rune == System.Text.Rune.ReplacementChar) return "/";
            if (rune.IsAscii)
            {
                safe.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length]) safe.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return safe.ToString();
    }
}
