using Mesa.Core.Integrations;
using Microsoft.OpenApi;

namespace Mesa.Web.Api;

/// <summary>
/// The OpenAPI document's <c>webhooks</c>: for every event an integration may subscribe to, the request Mesa sends to
/// the webhook's address, its headers and its body (the ticket or the change as the API's GET returns it).
/// </summary>
public static class WebhookDocument
{
    public static void Describe(OpenApiDocument document)
    {
        document.Webhooks = new Dictionary<string, IOpenApiPathItem>();
        foreach (var name in WebhookEvents.All)
        {
            var change = name == WebhookEvents.ChangeApproved;
            var body = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "event", "occurredAt", change ? "change" : "ticket" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["event"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [System.Text.Json.Nodes.JsonValue.Create(name)!] },
                    ["occurredAt"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
                    [change ? "change" : "ticket"] = new OpenApiSchemaReference(change ? "ChangeJson" : "TicketJson", document),
                },
            };
            var operation = new OpenApiOperation
            {
                Summary = change ? "A change was approved." : $"A ticket event: {name}.",
                Description = "Posted to the webhook's address by the webhook-send job. A 2xx answer delivers it; any other " +
                              "answer, or none within 10 s, is retried with growing pauses (30 s, doubling, at most 2 h; " +
                              "12 attempts). The body is the same on every attempt.",
                Parameters =
                [
                    Header("X-Mesa-Event", "The event's name."),
                    Header("X-Mesa-Delivery", "The delivery's id: the same on every retry of it."),
                    Header("X-Mesa-Signature", "sha256= and the hex HMAC-SHA256 of the raw body with the webhook's secret."),
                ],
                RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = body } },
                },
                Responses = new OpenApiResponses
                {
                    ["2XX"] = new OpenApiResponse { Description = "Delivered: not sent again." },
                    ["default"] = new OpenApiResponse { Description = "Not delivered: sent again later." },
                },
            };
            document.Webhooks[name] = new OpenApiPathItem
            {
                Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Post] = operation },
            };
        }
    }

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = true,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
