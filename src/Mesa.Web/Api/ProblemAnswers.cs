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
}
