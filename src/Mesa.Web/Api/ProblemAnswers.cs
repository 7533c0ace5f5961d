namespace Mesa.Web.Api;

/// <summary>
/// The refusals an endpoint may answer besides its success, each an RFC 9457 problem, declared for the OpenAPI
/// document. The suite holds the declarations to what the API really answers (Api/ApiAnswersTests).
/// </summary>
public static class ProblemAnswers
{
    public static TBuilder Refuses<TBuilder>(this TBuilder endpoint, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
            endpoint.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails),
                ["application/problem+json"]));
        return endpoint;
    }

    /// <summary>
    /// Every endpoint that reads a JSON body answers 415 (as a problem) to a body of another media type: declared once
    /// for the whole API, from each endpoint's own metadata, after every other convention has run.
    /// </summary>
    public static TBuilder RefusesOtherMediaTypes<TBuilder>(this TBuilder endpoints) where TBuilder : IEndpointConventionBuilder
    {
        endpoints.Finally(endpoint =>
        {
            var readsJson = endpoint.Metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()
                .Any(a => a.ContentTypes.Any(t => t.Contains("json", StringComparison.OrdinalIgnoreCase)));
            if (readsJson)
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status415UnsupportedMediaType,
                    typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
        });
        return endpoints;
    }
}
