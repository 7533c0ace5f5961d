using Mesa.Web.Api;
using NetEscapades.AspNetCore.SecurityHeaders.Headers.ContentSecurityPolicy;

namespace Mesa.Web.Hosting;

/// <summary>
/// The headers of every answer, pages, API, files and errors alike: a Content-Security-Policy that allows only
/// Mesa's own script and stylesheet (no inline script or style anywhere: the pages are written so), no framing by
/// any site (against clickjacking), no content-type sniffing, and a referrer that never carries a ticket's address to
/// another site.
/// </summary>
/// <remarks>
/// One page differs: the developers' API reference (Scalar) runs its own script by a per-request nonce and styles
/// itself inline. It shows the API's description only, never a person's data, and is still kept to Mesa's origin.
/// </remarks>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseMesaSecurityHeaders(this IApplicationBuilder app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments(ApiReference.PagePath),
            reference => reference.UseSecurityHeaders(Policy(script => script.WithNonce(), inlineStyles: true)));
        app.UseWhen(http => !http.Request.Path.StartsWithSegments(ApiReference.PagePath),
            everything => everything.UseSecurityHeaders(Policy(_ => { }, inlineStyles: false)));
        return app;
    }

    private static HeaderPolicyCollection Policy(Action<ScriptSourceDirectiveBuilder> scripts, bool inlineStyles) =>
        new HeaderPolicyCollection()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                scripts(csp.AddScriptSrc().Self());
                var styles = csp.AddStyleSrc().Self();
                if (inlineStyles) styles.UnsafeInline();
                csp.AddImgSrc().Self().Data();
                csp.AddConnectSrc().Self();
                csp.AddFormAction().Self();
                csp.AddBaseUri().Self();
                csp.AddObjectSrc().None();
                csp.AddFrameAncestors().None();
            })
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .RemoveServerHeader();
}
