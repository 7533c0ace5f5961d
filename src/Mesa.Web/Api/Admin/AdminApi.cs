using Mesa.Core.Common;
using Mesa.Web.Administration;
using Mesa.Web.Api.Approvals;
using Mesa.Web.Api.Problems;
using Mesa.Web.Api.Templates;
using Mesa.Web.Jobs;

namespace Mesa.Web.Api.Admin;

/// <summary>The administrators' part of the API (<c>/api/v1/admin</c>): only the admin role reaches it.</summary>
public static class AdminApi
{
    public static RouteGroupBuilder MapAdmin(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").RequireAuthorization("admin").Refuses(StatusCodes.Status403Forbidden).Audited();
        admin.MapSlaAdmin();
        admin.MapRoutingAdmin();
        admin.MapCatalogAdmin();
        admin.MapImportAdmin();
        admin.MapTicketImportAdmin();
        admin.MapTemplatesAdmin();
        admin.MapApprovalFlowsAdmin();
        admin.MapMailTemplatesAdmin();
        admin.MapMailProblemsAdmin();
        admin.MapPersonalDataAdmin();
        admin.MapDirectoryAdmin();
        admin.MapSignInLogAdmin();
        admin.MapSecurityAdmin();
        admin.MapTokensAdmin();
        admin.MapChangesAdmin();
        admin.MapPeopleAdmin();
        admin.MapSubstatesAdmin();
        admin.MapCustomFieldsAdmin();
        admin.MapSettingsAdmin();
        admin.MapMailAdmin();
        admin.MapConfigurationAdmin();
        admin.MapWebhooksAdmin();
        admin.MapPost("/jobs/{job}/run", async (HttpContext http, string job, JobRunner jobs) =>
        {
            var found = jobs.Find(job) ?? throw new NotFoundException(Rules.UnknownJob, job);
            return TypedResults.Ok(new { processed = await jobs.RunAsync(found, http.RequestAborted) });
        }).Refuses(404);
        return api;
    }
}
