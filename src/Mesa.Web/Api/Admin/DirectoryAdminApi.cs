using Mesa.Core.Common;
using Mesa.Core.People.Directory;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// What the directory sync did (the job itself runs as the others, <c>POST /admin/jobs/directory-sync/run</c>):
/// the last runs, and one run with the accounts it changed.
/// </summary>
public static class DirectoryAdminApi
{
    public const int RunsShown = 20;

    public sealed record SyncJson(long Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, int Read, int Created,
        int Updated, int Deactivated, int Reactivated, int Conflicts, string? Error);

    public sealed record ChangeJson(DateTimeOffset At, string UserName, DirectoryChangeKind Kind, IReadOnlyList<string> Fields);

    public sealed record SyncDetailJson(SyncJson Sync, IReadOnlyList<ChangeJson> Changes, int MoreChanges);

    public static void MapDirectoryAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/directory/syncs", async (DirectoryActivity activity, OrganisationTime time, HttpContext http) =>
            (await activity.RecentSyncsAsync(RunsShown, http.RequestAborted)).Select(s => Json(s, time)).ToList());
        admin.MapGet("/directory/syncs/{id:long}", async (long id, DirectoryActivity activity, OrganisationTime time,
            HttpContext http) =>
        {
            var detail = await activity.SyncAsync(id, http.RequestAborted);
            return new SyncDetailJson(Json(detail.Sync, time),
                detail.Changes.Select(c => new ChangeJson(time.ToLocal(c.At), c.UserName, c.Kind, c.Fields)).ToList(),
                detail.MoreChanges);
        }).Refuses(404);
    }

    private static SyncJson Json(DirectoryActivity.SyncSummary s, OrganisationTime time) =>
        new(s.Id, time.ToLocal(s.StartedAt), s.FinishedAt is { } f ? time.ToLocal(f) : null, s.Read, s.Created, s.Updated,
            s.Deactivated, s.Reactivated, s.Conflicts, s.Error);
}
