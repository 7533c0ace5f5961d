using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NetEscapades.AspNetCore.SecurityHeaders;
using Scalar.AspNetCore;

namespace Mesa.Web.Api;

/// <summary>
/// The API describes itself: an OpenAPI 3.1 document generated from the endpoints at <see cref="DocumentPath"/>, and
/// an interactive reference for developers at <see cref="PagePath"/> (Scalar, served from Mesa itself: no font, script
/// or telemetry from elsewhere). Both are public: they describe the API, not anyone's data.
/// </summary>
public static class ApiReference
{
    public const string DocumentPath = "/openapi/v1.json";

    public const string PagePath = "/api-reference";

    public static IServiceCollection AddMesaApiReference(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            options.ShouldInclude = endpoint => endpoint.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Mesa API",
                    Version = "v1",
                    Description = "The REST API of Mesa, the service desk: tickets and their lifecycle, the ANS, the " +
                                  "catalogue, knowledge, problems and administration. Errors are RFC 9457 problem " +
                                  "details with a Spanish title and detail. Authenticate with HTTP Basic (a local " +
                                  "account) or a personal access token as Bearer.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    ["basic"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "basic" },
                    ["bearer"] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        Description = "A personal access token (POST /api/v1/tokens).",
                    },
                };
                document.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("basic", document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] },
                ];
                WebhookDocument.Describe(document);
                return Task.CompletedTask;
            });
        });

    public static WebApplication MapMesaApiReference(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference(PagePath, (options, http) =>
        {
            options.WithTitle("Mesa API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddDocument("v1");
            options.DefaultFonts = false;
            options.Telemetry = false;
            options.Nonce = http.GetNonce();
        }).AllowAnonymous();
        return app;
    }
}
