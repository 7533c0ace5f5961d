using Mesa.Core.Administration;
using Mesa.Web.Api;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Mesa.Web.Administration;

/// <summary>
/// Every admin page and every call of <c>/api/v1/admin</c> runs as administration: what it saves in the configuration
/// is written to the administration log by the same save (<see cref="AdminAuditInterceptor"/>).
/// </summary>
public static class AdminAuditScope
{
    /// <summary>For the admin API's group: after its authorization, so the caller is known.</summary>
    public static RouteGroupBuilder Audited(this RouteGroupBuilder admin)
    {
        admin.AddEndpointFilter(async (context, next) =>
        {
            Begin(context.HttpContext);
            return await next(context);
        });
        return admin;
    }

    /// <summary>For the admin pages' folder: before the handler runs.</summary>
    public sealed class PageFilter : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            Begin(context.HttpContext);
            await next();
        }
    }

    private static void Begin(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true) http.RequestServices.GetRequiredService<AdminAudit>().Begin(http.User.UserId());
    }
}
