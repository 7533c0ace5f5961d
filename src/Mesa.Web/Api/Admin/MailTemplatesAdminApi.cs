using Mesa.Core.Common;
using Mesa.Core.Mail;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// The words of the automatic e-mails (a kind's own words, or back to the built-in ones with
/// DELETE) and the Notificar templates (Guía §15.1). Subjects and bodies may hold the marks of <see cref="MailPlaceholders"/>.
/// </summary>
public static class MailTemplatesAdminApi
{
    public sealed record MailWordsRequest(string? Name, string? Subject, string? Body);

    public static void MapMailTemplatesAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/mail-templates", async (MailTemplates templates, HttpContext http) => new
        {
            Automatic = (await templates.AutomaticAsync(http.RequestAborted))
                .Select(w => new { Kind = ApiEnums.Name(w.Key), w.Value.Subject, w.Value.Body, w.Value.Customised }),
            Marks = MailPlaceholders.All.Select(m => "{" + m + "}"),
        });
        admin.MapPut("/mail-templates/{kind}", async (string kind, MailWordsRequest? body, MailTemplates templates,
            HttpContext http) =>
        {
            await templates.SaveAutomaticAsync(Kind(kind), body?.Subject, body?.Body, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(400);
        admin.MapDelete("/mail-templates/{kind}", async (string kind, MailTemplates templates, HttpContext http) =>
        {
            await templates.ResetAutomaticAsync(Kind(kind), http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(404);

        admin.MapPost("/notice-templates", async (MailWordsRequest? body, MailTemplates templates, HttpContext http) =>
        {
            var template = await templates.SaveNoticeAsync(null, body?.Name, body?.Subject, body?.Body, http.RequestAborted);
            return TypedResults.Created($"/api/v1/notice-templates/{template.Id}", Json(template));
        }).Refuses(400);
        admin.MapPut("/notice-templates/{id:long}", async (long id, MailWordsRequest? body, MailTemplates templates,
            HttpContext http) =>
            Json(await templates.SaveNoticeAsync(id, body?.Name, body?.Subject, body?.Body, http.RequestAborted))).Refuses(400);
        admin.MapDelete("/notice-templates/{id:long}", async (long id, MailTemplates templates, HttpContext http) =>
        {
            await templates.DeleteNoticeAsync(id, http.RequestAborted);
            return TypedResults.NoContent();
        });
    }

    /// <summary>The Notificar templates, for every agent (<c>GET /api/v1/notice-templates</c>).</summary>
    public static RouteGroupBuilder MapNoticeTemplates(this RouteGroupBuilder api)
    {
        api.MapGet("/notice-templates", async (MailTemplates templates, HttpContext http) =>
        {
            if (!(await http.ActorAsync()).IsStaff) throw new ForbiddenException(Rules.StaffOnly);
            return (await templates.NoticesAsync(http.RequestAborted)).Select(Json);
        }).Refuses(403);
        return api;
    }

    private static object Json(MailTemplate t) => new { t.Id, t.Name, t.Subject, t.Body };

    private static NotificationKind Kind(string kind) =>
        ApiEnums.TryParse<NotificationKind>(kind, out var parsed) && parsed.HasTemplate()
            ? parsed
            : throw new NotFoundException(Rules.UnknownMailTemplate, kind);
}
