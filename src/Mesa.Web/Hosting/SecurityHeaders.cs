namespace Mesa.Web.Hosting;

/// <summary>
/// The headers of every answer, pages, API, files and errors alike: a Content-Security-Policy that allows only
/// Mesa's own script and stylesheet (no inline script or style anywhere: the pages are written so), no framing by
/// any site (against clickjacking), no content-type sniffing, and a referrer that never carries a ticket's address to
/// another site.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseMesaSecurityHeaders(this IApplicationBuilder app) =>
        app.UseSecurityHeaders(new HeaderPolicyCollection()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
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
            .RemoveServerHeader());
}
