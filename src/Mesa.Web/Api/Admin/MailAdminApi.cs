using Mesa.Core.Mail;
using Mesa.Core.Mail.Inbound;
using Mesa.Core.Tickets;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// Guía §6 "Correo electrónico" without a developer: the inbound mailboxes kept in the browser (those of the settings
/// files are listed with <c>source: "configuration"</c> and no id, read-only), their <i>probar conexión</i>, and the
/// mail server's test message. A password is written, never read back.
/// </summary>
public static class MailAdminApi
{
    public sealed record MailboxRequest(string? Address, string? Host, int? Port, string? Security, string? User, string? Password,
        string? Service, string? Type, string? Folder, string? ProcessedFolder, string? ErrorFolder, string? TrustedAuthServId,
        bool? Active);

    /// <summary>A mailbox to try: as typed, over a saved one's values (<c>id</c>), or one of the settings files' (<c>configured</c>).</summary>
    public sealed record MailboxTestRequest(long? Id, int? Configured, string? Address, string? Host, int? Port, string? Security,
        string? User, string? Password, string? Service, string? Type, string? Folder, string? ProcessedFolder, string? ErrorFolder,
        string? TrustedAuthServId);

    public sealed record MailboxJson(long? Id, string Address, string Host, int Port, string Security, string User,
        bool PasswordSet, string? Service, string Type, string Folder, string ProcessedFolder, string ErrorFolder,
        string TrustedAuthServId, bool Active, string Source, string? Variable);

    public sealed record TestRequest(string? To);

    /// <summary>What trying the server said: <c>problem</c> names what to fix, <c>message</c> says it in words.</summary>
    public sealed record CheckJson(bool Ok, string? Problem, string Message, string Detail, int? Waiting);

    public static void MapMailAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/mailboxes", async (MailboxAdministration mailboxes, HttpContext http) =>
            (await mailboxes.ListAsync(http.RequestAborted)).Select(Json).ToList());
        admin.MapGet("/mailboxes/{id:long}", async (long id, MailboxAdministration mailboxes, HttpContext http) =>
            Json(await mailboxes.GetAsync(id, http.RequestAborted))).Refuses(404);
        admin.MapPost("/mailboxes", async (MailboxRequest? body, MailboxAdministration mailboxes, RequestReader read,
            HttpContext http) =>
        {
            var id = await mailboxes.CreateAsync(Input(body, read), http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/mailboxes/{id}", Json(await mailboxes.GetAsync(id, http.RequestAborted)));
        }).Refuses(400);
        admin.MapPatch("/mailboxes/{id:long}", async (long id, MailboxRequest? body, MailboxAdministration mailboxes,
            RequestReader read, HttpContext http) =>
        {
            await mailboxes.ChangeAsync(id, Input(body, read), http.RequestAborted);
            return Json(await mailboxes.GetAsync(id, http.RequestAborted));
        }).Refuses(400, 404);
        admin.MapDelete("/mailboxes/{id:long}", async (long id, MailboxAdministration mailboxes, HttpContext http) =>
        {
            await mailboxes.RemoveAsync(id, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(404);
        admin.MapPost("/mailboxes/test", async (MailboxTestRequest? body, MailboxAdministration mailboxes, RequestReader read,
            IStringLocalizer<Ui> words, HttpContext http) =>
        {
            var ct = http.RequestAborted;
            var check = body?.Configured is { } configured
                ? await mailboxes.TestConfiguredAsync(configured, ct)
                : await mailboxes.TestAsync(Input(body is null ? null : new MailboxRequest(body.Address, body.Host, body.Port,
                    body.Security, body.User, body.Password, body.Service, body.Type, body.Folder, body.ProcessedFolder,
                    body.ErrorFolder, body.TrustedAuthServId, null), read), body?.Id, ct);
            return Json(check, words);
        }).Refuses(400, 404);
        admin.MapPost("/outgoing-mail/test", async (TestRequest? body, OutgoingMailTest test, IStringLocalizer<Ui> words, HttpContext http) =>
            Json(await test.SendAsync(body?.To, await http.ActorAsync(), http.RequestAborted), words)).Refuses(400, 409);
    }

    private static MailboxInput Input(MailboxRequest? body, RequestReader read)
    {
        var type = read.Enum<TicketType>("type", body?.Type);
        read.Text("password", body?.Password, Mailbox.PasswordMaxLength);
        read.ThrowIfInvalid();
        return new MailboxInput(body?.Address, body?.Host, body?.Port, body?.Security, body?.User, body?.Password, body?.Service,
            type, body?.Folder, body?.ProcessedFolder, body?.ErrorFolder, body?.TrustedAuthServId, body?.Active);
    }

    private static MailboxJson Json(MailboxEntry m) => new(m.Id, m.Address, m.Host, m.Port, m.Security, m.User, m.PasswordSet,
        m.Service, ApiEnums.Name(m.Type), m.Folder, m.ProcessedFolder, m.ErrorFolder, m.TrustedAuthServId, m.Active,
        m.Editable ? "browser" : "configuration", m.Variable);

    private static CheckJson Json(MailConnectionCheck check, IStringLocalizer<Ui> words) => new(check.Ok,
        check.Problem is { } problem ? ApiEnums.Name(problem) : null,
        check.Problem is { } failed ? words[$"MailConnection.Problem.{failed}"]
        : check.Waiting is { } waiting ? words["MailConnection.MailboxOk", waiting]
        : words["MailConnection.SentOk"],
        check.Detail, check.Waiting);
}
